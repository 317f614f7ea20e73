// The EMR Serverless Spark job run mappers and status table on fixtures: the ListJobRuns doc example,
// a GetJobRun body, and odd records (missing optional fields, unknown states, empty lists, numbers as strings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobStatus } from '../../../../src/domain/job-status';
import type {
  GetJobRunResponseBody,
  ListJobRunsResponseBody,
} from '../../../../src/providers/emr-serverless-spark/emr-serverless-spark.dto';
import {
  JOB_RUN_STATES,
  EMR_STATUS_TABLE,
  emrJobRunStatus,
  emrStatesForStatuses,
} from '../../../../src/domain/job-run-status';
import {
  mapJobRunDetail,
  mapListJobRun,
} from '../../../../src/providers/emr-serverless-spark/emr-serverless-spark.mapper';

function fixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(join(__dirname, '../../../fixtures/emr-serverless-spark', name), 'utf8'),
  ) as T;
}

const runs = fixture<ListJobRunsResponseBody>('list-job-runs.json').jobRuns;
const detail = fixture<GetJobRunResponseBody>('get-job-run.json').jobRun;
const context = { instanceId: 'emr-hz', workspaceId: 'w-requested' };

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

describe('mapListJobRun', () => {
  it('maps the doc example: JobFields from state/submitTime/endTime, the List fields, the doc-only driver spec', () => {
    const run = mapListJobRun(at(runs, 0), context);
    expect(run).toEqual({
      provider: 'EMR_SERVERLESS_SPARK',
      instanceId: 'emr-hz',
      origin: 'ListJobRuns',
      workspaceId: 'w-d2d82aa09155****',
      jobRunId: 'jr-231231',
      name: 'jobName',
      status: 'RUNNING',
      providerStatus: 'Running',
      createdAt: 1684119314000,
      startedAt: null,
      finishedAt: 1684119314000,
      durationMs: null,
      totalDurationMs: 0,
      stateChangeReason: { code: '0', message: 'connection refused\n' },
      codeType: 'SQL',
      webUI: 'http://spark-ui',
      executionTimeoutSeconds: 3600,
      creator: '150978934701****',
      tags: [{ key: 'workflowId', value: 'wf-123test' }],
      log: {
        driverStdOut: 'oss://bucket/path/to/stdout',
        driverStdError: 'oss://bucket/path/to/stderr',
        driverSyslog: 'oss://bucket/path/to/syslog',
        driverStartup: 'oss://bucket/path/to/startup',
      },
      releaseVersion: 'esr-3.0.0 (Spark 3.4.3, Scala 2.12, Native Runtime)',
      displayReleaseVersion: 'esr-3.0.0 (Spark 3.4.3, Scala 2.12)',
      jobDriver: {
        sparkSubmit: {
          entryPoint: 'oss://bucket/path/to/entrypoint.jar',
          entryPointArguments: ['arg1'],
          sparkSubmitParameters: '--conf spark.app.name=test',
        },
      },
      configurationOverrides: {
        configurations: [
          {
            configFileName: 'common.conf',
            configItemKey: 'hive.metastore.type',
            configItemValue: 'USER_RDS',
          },
        ],
      },
      fusion: true,
      vcoreSeconds: 8236,
      mbSeconds: 33030784,
      cuHours: 2.059,
      resourceQueueId: 'dev_queue',
      priority: null,
      environmentId: null,
      notebookAccessUrl: null,
    });
  });

  it('maps a finished run: duration, empty tags, partial log, priority', () => {
    const run = mapListJobRun(at(runs, 1), context);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      providerStatus: 'Success',
      createdAt: 1768000000000,
      finishedAt: 1768000900000,
      // Run time is not reported; submit to end is queueing plus running.
      durationMs: null,
      totalDurationMs: 900000,
      stateChangeReason: { code: '0', message: null },
      tags: [],
      log: {
        driverStdOut: 'oss://b/stdout.log',
        driverStdError: null,
        driverSyslog: null,
        driverStartup: null,
      },
      fusion: false,
      executionTimeoutSeconds: 0,
      priority: '5',
      jobDriver: null,
      configurationOverrides: null,
    });
  });

  it('maps CancelFailed to UNKNOWN and gives no duration when the end precedes the submit', () => {
    const run = mapListJobRun(at(runs, 2), context);
    expect(run).toMatchObject({
      status: 'UNKNOWN',
      providerStatus: 'CancelFailed',
      durationMs: null,
      totalDurationMs: null,
    });
  });

  it('maps a minimal pending run: the requested workspace fills in, nulls everywhere else', () => {
    const run = mapListJobRun(at(runs, 3), context);
    expect(run).toMatchObject({
      workspaceId: 'w-requested',
      jobRunId: 'jr-minimal000001',
      status: 'PENDING',
      providerStatus: 'Submitted',
      finishedAt: null,
      durationMs: null,
      totalDurationMs: null,
      stateChangeReason: null,
      log: null,
      tags: [],
      creator: null,
      cuHours: null,
      vcoreSeconds: null,
    });
  });

  it('maps an unknown state to UNKNOWN, keeps the raw one, and tolerates odd values', () => {
    const run = mapListJobRun(at(runs, 4), context);
    expect(run).toMatchObject({
      status: 'UNKNOWN',
      providerStatus: 'Hibernating',
      name: null,
      tags: [{ key: 'k', value: '' }],
      cuHours: 0.5,
      vcoreSeconds: null,
      jobDriver: { sparkSubmit: null },
      configurationOverrides: { configurations: [] },
    });
  });

  it('maps an empty page to no runs', () => {
    expect(
      fixture<ListJobRunsResponseBody>('list-job-runs-empty.json').jobRuns.map((r) =>
        mapListJobRun(r, context),
      ),
    ).toEqual([]);
  });
});

describe('mapJobRunDetail', () => {
  it('maps GetJobRun: resourceOwnerId becomes creator, driver spec and Get-only fields, no usage metrics', () => {
    const run = mapJobRunDetail(detail, { ...context, jobRunId: 'jr-231231' });
    expect(run).toMatchObject({
      origin: 'GetJobRun',
      workspaceId: 'w-d2d82aa09155****',
      jobRunId: 'jr-231231',
      status: 'FAILED',
      providerStatus: 'Failed',
      durationMs: null,
      totalDurationMs: 123456,
      creator: '150978934701****',
      environmentId: 'env-cn1234567890',
      notebookAccessUrl: 'https://notebook.example/w-d2d82aa09155/jr-231231',
      priority: '3',
      jobDriver: {
        sparkSubmit: {
          entryPoint: 'oss://bucket/path/to/main.py',
          entryPointArguments: ['--date', '2026-01-15'],
          sparkSubmitParameters: '--conf spark.executor.cores=4',
        },
      },
      configurationOverrides: {
        configurations: [
          {
            configFileName: 'spark-defaults.conf',
            configItemKey: 'spark.sql.shuffle.partitions',
            configItemValue: '200',
          },
        ],
      },
      vcoreSeconds: null,
      mbSeconds: null,
      cuHours: null,
    });
    expect(run).not.toHaveProperty('resourceOwnerId');
  });

  it('falls back to the requested ids when the body leaves them out', () => {
    const run = mapJobRunDetail({ state: 'Pending', submitTime: 1 } as never, {
      ...context,
      jobRunId: 'jr-asked',
    });
    expect(run).toMatchObject({
      workspaceId: 'w-requested',
      jobRunId: 'jr-asked',
      status: 'PENDING',
      creator: null,
    });
  });
});

describe('EMR job run status table', () => {
  it.each<[string, JobStatus]>([
    ['Submitted', 'PENDING'],
    ['Pending', 'PENDING'],
    ['Running', 'RUNNING'],
    ['Success', 'SUCCEEDED'],
    ['Failed', 'FAILED'],
    ['Cancelling', 'CANCELLING'],
    ['Cancelled', 'CANCELLED'],
    ['CancelFailed', 'UNKNOWN'],
    ['Queued', 'UNKNOWN'],
    ['running', 'UNKNOWN'],
    ['', 'UNKNOWN'],
    ['toString', 'UNKNOWN'],
  ])('%s → %s', (state, status) => {
    expect(emrJobRunStatus(state)).toBe(status);
  });

  it('covers every documented state', () => {
    expect(Object.keys(EMR_STATUS_TABLE).sort()).toEqual([...JOB_RUN_STATES].sort());
  });

  it('inverts normalized statuses into wire states for the states filter', () => {
    expect(emrStatesForStatuses(['FAILED'])).toEqual(['Failed']);
    expect(emrStatesForStatuses(['PENDING', 'RUNNING'])).toEqual(['Submitted', 'Pending', 'Running']);
    expect(emrStatesForStatuses(['UNKNOWN'])).toEqual(['CancelFailed']);
    expect(emrStatesForStatuses(['SUCCEEDED', 'UNKNOWN'])).toEqual(['Success', 'CancelFailed']);
  });
});
