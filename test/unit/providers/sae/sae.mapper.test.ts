import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SaeJobTemplate } from '../../../../src/domain/sae-job';
import type {
  DescribeJobHistoryResponseBody,
  ListJobsResponseBody,
} from '../../../../src/providers/sae/sae.dto';
import {
  parseSaeTriggerConfig,
  toSaeJobExecution,
  toSaeJobTemplate,
} from '../../../../src/providers/sae/sae.mapper';
import { saeStateForStatus } from '../../../../src/domain/sae-job-status';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../../../fixtures/sae', name), 'utf8')) as T;
}

const docExample = fixture<ListJobsResponseBody>('list-jobs.doc-example.json');
const oddTemplates = fixture<ListJobsResponseBody>('list-jobs.odd-templates.json').Data.Applications;
const mixedHistory = fixture<DescribeJobHistoryResponseBody>('describe-job-history.mixed.json').Data.Jobs;
const emptyHistory = fixture<DescribeJobHistoryResponseBody>('describe-job-history.empty.json').Data.Jobs;

const templateById = (appId: string): SaeJobTemplate => {
  const dto = oddTemplates.find((t) => t.AppId === appId);
  if (!dto) throw new Error(`no fixture template ${appId}`);
  return toSaeJobTemplate(dto, 'hz');
};

describe('toSaeJobTemplate', () => {
  it('maps every field of the documented example (epoch seconds → ms, TriggerConfig parsed)', () => {
    expect(toSaeJobTemplate(docExample.Data.Applications[0]!, 'beijing-main')).toEqual({
      provider: 'SAE',
      instanceId: 'beijing-main',
      appId: 'f7730764-d88f-4b9a-8d8e-cd8efbfe****',
      appName: 'demo-app',
      appDescription: 'description',
      namespaceId: 'cn-beijing:demo',
      regionId: 'cn-beijing',
      tags: [{ key: 'key', value: 'value' }],
      trigger: { type: 'time', cron: '0 1 */1 * ?', timezone: 'GMT+8:00' },
      triggerConfig: '{"type":"time","config":"0 1 */1 * ?","timezone":"GMT+8:00"}',
      suspend: false,
      active: 0,
      succeeded: 3,
      failed: 0,
      lastStartTime: 1657522800000,
      completionTime: 1657522839000,
      lastChangeorderState: '1',
      lastChangeorderSucceeded: true,
      lastJobState: '0',
      // LastJobState "0" on a template: it never ran, so there is no last execution to have a status.
      lastJobStatus: null,
      cpu: 500,
      mem: 1024,
      message: 'success',
      imageUrl: null,
    });
  });

  it('a record with only its id: every other field null or empty, status UNKNOWN', () => {
    expect(templateById('only-an-id')).toEqual({
      provider: 'SAE',
      instanceId: 'hz',
      appId: 'only-an-id',
      appName: null,
      appDescription: null,
      namespaceId: null,
      regionId: null,
      tags: [],
      trigger: null,
      triggerConfig: null,
      suspend: null,
      active: null,
      succeeded: null,
      failed: null,
      lastStartTime: null,
      completionTime: null,
      lastChangeorderState: null,
      lastChangeorderSucceeded: null,
      lastJobState: null,
      lastJobStatus: 'UNKNOWN',
      cpu: null,
      mem: null,
      message: null,
      imageUrl: null,
    });
  });

  it('parses an HTTP trigger; epoch 0 is "never"; numeric strings are numbers', () => {
    expect(templateById('http-trigger')).toMatchObject({
      trigger: {
        type: 'http',
        protocol: 'HTTPS',
        methods: ['GET', 'POST'],
        ip: ['10.0.0.0/8'],
        referer: [],
        securityConfig: 'ip',
      },
      suspend: true,
      lastStartTime: null,
      lastChangeorderSucceeded: false,
      lastJobStatus: 'RUNNING',
      cpu: 2000,
      tags: [],
    });
  });

  it('keeps an unparsable TriggerConfig raw; unknown states are UNKNOWN; bad tags are dropped', () => {
    expect(templateById('broken-trigger')).toMatchObject({
      trigger: null,
      triggerConfig: '{not json',
      tags: [{ key: 'env', value: null }],
      lastChangeorderState: '2',
      lastChangeorderSucceeded: null,
      lastJobState: '7',
      lastJobStatus: 'UNKNOWN',
      active: null,
      message: null,
      imageUrl: 'registry.cn-hangzhou.aliyuncs.com/demo/job:1.0',
    });
  });

  it('an unknown trigger type or a time trigger without a cron parses to null, raw kept', () => {
    expect(templateById('unknown-trigger-type')).toMatchObject({
      trigger: null,
      triggerConfig: '{"type":"event","config":"mq"}',
      lastJobStatus: 'FAILED',
    });
    expect(templateById('time-without-cron')).toMatchObject({ trigger: null, lastJobStatus: 'SUCCEEDED' });
  });
});

describe('parseSaeTriggerConfig', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['null', null],
    ['[]', null],
    ['{"type":"time","config":"  0 0 * * *  "}', { type: 'time', cron: '0 0 * * *', timezone: null }],
    [
      '{"type":"TIME","config":"0 0 * * *","timezone":"GMT-7:00"}',
      { type: 'time', cron: '0 0 * * *', timezone: 'GMT-7:00' },
    ],
    ['{"type":"time","config":42}', null],
    [
      '{"type":"http"}',
      { type: 'http', protocol: null, methods: [], ip: [], referer: [], securityConfig: null },
    ],
    [
      '{"type":"http","config":"{\\"type\\":\\"HTTP&HTTPS\\",\\"method\\":\\"POST\\",\\"securityConfig\\":\\"none\\"}"}',
      {
        type: 'http',
        protocol: 'HTTP&HTTPS',
        methods: ['POST'],
        ip: [],
        referer: [],
        securityConfig: 'none',
      },
    ],
    ['{"type":"http","config":"{broken"}', null],
    ['{"type":"http","config":[1]}', null],
  ])('%s → %j', (raw, expected) => {
    expect(parseSaeTriggerConfig(raw)).toEqual(expected);
  });
});

describe('toSaeJobExecution', () => {
  const ref = { appId: 'f7730764-d88f-4b9a-8d8e-cd8efbfe0001', appName: 'nightly-etl' };
  const executions = mixedHistory.map((dto) => toSaeJobExecution(dto, ref, 'hz'));

  it('maps a succeeded cron run with every field', () => {
    expect(executions[0]).toEqual({
      provider: 'SAE',
      instanceId: 'hz',
      name: 'nightly-etl',
      status: 'SUCCEEDED',
      providerStatus: '1',
      createdAt: 1659247200000,
      startedAt: 1659247200000,
      finishedAt: 1659247265000,
      durationMs: 65000,
      jobId: 'nightly-etl-27654120',
      appId: ref.appId,
      appName: 'nightly-etl',
      state: '1',
      startTime: 1659247200000,
      completionTime: 1659247265000,
      active: 0,
      succeeded: 2,
      failed: 0,
      message: null,
    });
  });

  it('normalizes every state; unknown and missing states are UNKNOWN with the raw value kept', () => {
    expect(executions.map((e) => [e.status, e.providerStatus])).toEqual([
      ['SUCCEEDED', '1'],
      ['FAILED', '2'],
      ['RUNNING', '3'],
      ['PENDING', '0'],
      ['UNKNOWN', '9'],
      ['UNKNOWN', ''],
    ]);
  });

  it('a failed run keeps its message; a running one has no end or duration; a pending one has not started', () => {
    expect(executions[1]).toMatchObject({
      message: 'BackoffLimitExceeded: Job has reached the specified backoff limit',
      durationMs: 100000,
      failed: 3,
    });
    expect(executions[2]).toMatchObject({
      startedAt: 1659250800000,
      finishedAt: null,
      durationMs: null,
      active: 2,
    });
    expect(executions[3]).toMatchObject({ createdAt: 1659250860000, startedAt: null, durationMs: null });
    expect(executions[5]).toMatchObject({ createdAt: null, startedAt: null, active: null, state: null });
  });

  it('is named after its template when known, else after its JobId', () => {
    expect(toSaeJobExecution(mixedHistory[1]!, { appId: ref.appId }, 'hz')).toMatchObject({
      name: 'manual-5f0f3c1e-4a2b-4c8d-9e7f-0123456789ab',
      appName: null,
      appId: ref.appId,
    });
    expect(toSaeJobExecution(mixedHistory[1]!, { appId: ref.appId, appName: '' }, 'hz').name).toBe(
      mixedHistory[1]!.JobId,
    );
  });

  it('an empty history maps to no executions', () => {
    expect(emptyHistory.map((dto) => toSaeJobExecution(dto, ref, 'hz'))).toEqual([]);
  });
});

describe('saeStateForStatus', () => {
  it.each([
    ['PENDING', '0'],
    ['SUCCEEDED', '1'],
    ['FAILED', '2'],
    ['RUNNING', '3'],
    ['CANCELLED', null],
    ['UNKNOWN', null],
  ] as const)('%s → %s', (status, state) => {
    expect(saeStateForStatus(status)).toBe(state);
  });
});
