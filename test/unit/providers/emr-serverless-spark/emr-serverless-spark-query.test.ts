// Filter → wire query mapping of the EMR Serverless Spark provider: every documented filter under its
// wire name and type, empty filters left out, bad input refused before any call.
import { BadUserInputError } from '../../../../src/errors/bad-user-input.error';
import {
  listJobRunsQuery,
  listWorkspacesQuery,
} from '../../../../src/providers/emr-serverless-spark/emr-serverless-spark-query';

describe('listWorkspacesQuery', () => {
  it('maps every filter; tags go out as `tag` with {key, value}', () => {
    expect(
      listWorkspacesQuery(
        { name: 'spark', state: 'RUNNING', tags: [{ key: 'env', value: 'prod' }], resourceGroupId: 'rg-1' },
        { maxResults: 100, nextToken: 't1' },
      ),
    ).toEqual({
      maxResults: 100,
      nextToken: 't1',
      name: 'spark',
      state: 'RUNNING',
      tag: [{ key: 'env', value: 'prod' }],
      resourceGroupId: 'rg-1',
    });
  });

  it('leaves out empty filters and a null token', () => {
    expect(listWorkspacesQuery({ name: '', tags: [] }, { maxResults: 1, nextToken: null })).toEqual({
      maxResults: 1,
    });
  });
});

describe('listJobRunsQuery', () => {
  it('maps every documented filter to its wire name and type', () => {
    expect(
      listJobRunsQuery(
        {
          name: 'etl',
          creator: '1509',
          jobRunId: 'jr-1',
          tags: [{ key: 'k', value: 'v' }],
          states: ['Running', 'Submitted'],
          startTime: { from: 1709740800000, to: 1710432000000 },
          endTime: { to: 1710432000000 },
          resourceQueueId: 'dev_queue',
          jobRunDeploymentId: 'jd-1',
          minDuration: 60000,
          isWorkflow: false,
          applicationConfigs: [{ key: 'spark.app.name', value: 'test' }],
          runtimeConfigs: [{ key: 'mainClass', value: 'yourClass' }],
        },
        { maxResults: 20 },
      ),
    ).toEqual({
      maxResults: 20,
      name: 'etl',
      creator: '1509',
      jobRunId: 'jr-1',
      tags: [{ key: 'k', value: 'v' }],
      states: ['Running', 'Submitted'],
      startTime: { startTime: 1709740800000, endTime: 1710432000000 },
      endTime: { endTime: 1710432000000 },
      resourceQueueId: 'dev_queue',
      jobRunDeploymentId: 'jd-1',
      minDuration: 60000,
      isWorkflow: 'false',
      applicationConfigs: '[{"key":"spark.app.name","value":"test"}]',
      runtimeConfigs: '[{"key":"mainClass","value":"yourClass"}]',
    });
  });

  it('leaves out empty lists and open ranges', () => {
    expect(
      listJobRunsQuery({ states: [], tags: [], startTime: {}, applicationConfigs: [] }, { maxResults: 5 }),
    ).toEqual({
      maxResults: 5,
    });
  });

  it.each([
    ['maxResults 0', {}, 0],
    ['maxResults 101', {}, 101],
    ['fractional maxResults', {}, 1.5],
    ['a reversed range', { startTime: { from: 2, to: 1 } }, 5],
    ['a negative bound', { endTime: { from: -1 } }, 5],
    ['a negative minDuration', { minDuration: -5 }, 5],
    ['an empty tag key', { tags: [{ key: '', value: 'v' }] }, 5],
  ])('refuses %s', (_label, filter, maxResults) => {
    expect(() => listJobRunsQuery(filter, { maxResults })).toThrow(BadUserInputError);
  });
});
