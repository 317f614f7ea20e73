import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba-gateway';
import { toJobExecution } from '../../../src/emulators/sae/sae-wire.mapper';
import { createSaeDataset } from '../../../src/emulators/sae/sae.dataset';
import { createSaeEmulator } from '../../../src/emulators/sae/sae.emulator';
import type { FaultSpec } from '../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import type { ResilienceConfig } from '../../../src/config/resilience.config';
import { UpstreamError } from '../../../src/errors/upstream-error';
import { SaeProvider } from '../../../src/providers/sae/sae.provider';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance, TEST_RESILIENCE } from '../../helpers/provider-instances';

// Every fault kind of the emulator, driven through the real provider: the retry counts come from
// the emulator's request log, so these tests fail if the policy (retry, timeout, breaker) is removed.

const options = {
  seed: 'sae-provider-faults',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
/** A template that has run, so it has executions to list and look up. */
const template = createSaeDataset(options).templates.find((t) => t.history.count > 2)!;
const PAGE = { currentPage: 1, pageSize: 5 };
/** Attempts per call for reads (TEST_RESILIENCE keeps the default). */
const MAX_ATTEMPTS = TEST_RESILIENCE.maxAttempts;

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulatorServer(createSaeEmulator(options), { port: 0 });
});
afterAll(() => emulator.stop());
beforeEach(() => resetEmulator(emulator.url));

const providerWith = (resilience: Partial<ResilienceConfig> = {}) =>
  SaeProvider.forInstance(emulatorAlibabaInstance(emulator.url, { resilience }));
const fault = (spec: FaultSpec & { times: number }, operation = 'ListJobs') =>
  postFaults(emulator.url, { ...spec, operation });
const attempts = async (operation = 'ListJobs') =>
  (await getRequestLog(emulator.url, operation)).map((entry) => entry.fault);
const failure = (promise: Promise<unknown>): Promise<UpstreamError> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(UpstreamError);
      return error as UpstreamError;
    },
  );

describe('SAE faults: retried reads', () => {
  const provider = () => providerWith();
  const unavailable = {
    kind: 'status',
    status: 503,
    code: 'ServiceUnavailable',
    message: 'The request has failed due to a temporary failure of the server.',
  } as const;

  it('503 twice, then success: three attempts', async () => {
    await fault({ ...unavailable, times: 2 });
    const page = await provider().listJobTemplates({}, PAGE);
    expect(page.items).toHaveLength(5);
    expect(await attempts()).toEqual(['status', 'status', null]);
  });

  it('503 every time: UPSTREAM_UNAVAILABLE after maxAttempts, with code and request id, no host', async () => {
    await fault({ ...unavailable, times: 10 });
    const error = await failure(provider().listJobTemplates({}, PAGE));
    expect(error).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamCode: 'ServiceUnavailable',
      status: 503,
      operation: 'ListJobs',
    });
    expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(error.message).not.toMatch(/aliyuncs|https?:|Recommend|HostId/);
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('throttle honours x-acs-retry-after, then succeeds', async () => {
    // The hint is far above the test back-off ceiling (20 ms), so only the hint explains the gap.
    await fault({ kind: 'throttle', retryAfterMs: 150, times: 1 }, 'DescribeJobHistory');
    await provider().listJobExecutions(template.appId, {}, PAGE);
    const log = await getRequestLog(emulator.url, 'DescribeJobHistory');
    expect(log.map((entry) => entry.fault)).toEqual(['throttle', null]);
    expect(Date.parse(log[1]!.timestamp) - Date.parse(log[0]!.timestamp)).toBeGreaterThanOrEqual(145);
  });

  it('throttle every time: UPSTREAM_THROTTLED with the hint, after maxAttempts', async () => {
    await fault({ kind: 'throttle', retryAfterMs: 10, times: 10 });
    const error = await failure(
      provider()
        .getJobTemplatesByIds([template.appId])
        .then((slots) => Promise.reject(slots[0])),
    );
    expect(error).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      upstreamCode: 'Throttling.User',
      retryAfterMs: 10,
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('a retry-after hint longer than allowed fails at once', async () => {
    await fault({ kind: 'throttle', retryAfterMs: TEST_RESILIENCE.maxRetryAfterMs + 1, times: 1 });
    await expect(provider().listJobTemplates({}, PAGE)).rejects.toMatchObject({ code: 'UPSTREAM_THROTTLED' });
    expect(await attempts()).toHaveLength(1);
  });

  it('reset once, then success', async () => {
    await fault({ kind: 'reset', times: 1 }, 'DescribeJobStatus');
    const execution = await provider().getJobExecution(template.appId, toJobExecution(template, 0).JobId);
    expect(execution).toMatchObject({ appId: template.appId, jobId: toJobExecution(template, 0).JobId });
    expect(await attempts('DescribeJobStatus')).toEqual(['reset', null]);
  });

  it('reset every time: UPSTREAM_UNAVAILABLE after maxAttempts', async () => {
    await fault({ kind: 'reset', times: 10 });
    await expect(provider().listJobTemplates({}, PAGE)).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('truncated body: UPSTREAM_UNAVAILABLE, retried as an interrupted answer', async () => {
    await fault({ kind: 'truncate', times: 10 });
    const error = await failure(provider().listJobTemplates({}, PAGE));
    expect(error).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'SAE ListJobs returned an incomplete response.',
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('malformed JSON: UPSTREAM_ERROR, not retried', async () => {
    await fault({ kind: 'malformed', times: 10 });
    const error = await failure(provider().listJobTemplates({}, PAGE));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', operation: 'ListJobs' });
    expect(await attempts()).toHaveLength(1);
  });
});

describe('SAE faults: 4xx are final', () => {
  it.each([
    [400, 'InvalidParameter.Obviously', 'BAD_USER_INPUT'],
    [404, 'InvalidAppId.NotFound', 'NOT_FOUND'],
    [400, 'SignatureDoesNotMatch', 'UNAUTHENTICATED'],
    [403, 'Forbidden.RAM', 'UNAUTHENTICATED'],
  ])('%s %s → %s, one attempt', async (status, code, classification) => {
    await fault({ kind: 'status', status, code, message: 'refused', times: 10 }, 'DescribeJobHistory');
    await expect(providerWith().listJobExecutions(template.appId, {}, PAGE)).rejects.toMatchObject({
      code: classification,
      upstreamCode: code,
    });
    expect(await attempts('DescribeJobHistory')).toHaveLength(1);
  });
});

describe('SAE faults: timeouts', () => {
  const fast = { attemptTimeoutMs: 200, deadlineMs: 5_000 };

  it('a delay past the attempt timeout is cut and retried', async () => {
    await fault({ kind: 'delay', ms: 600, times: 1 });
    const page = await providerWith(fast).listJobTemplates({}, PAGE);
    expect(page.items).toHaveLength(5);
    expect(await attempts()).toEqual(['delay', null]);
  });

  it('delays every time: UPSTREAM_TIMEOUT after maxAttempts', async () => {
    await fault({ kind: 'delay', ms: 600, times: 10 });
    await expect(providerWith(fast).listJobTemplates({}, PAGE)).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('a dripping body is cut at the attempt timeout: UPSTREAM_TIMEOUT', async () => {
    await fault({ kind: 'slowBody', bytesPerSecond: 50, times: 10 });
    await expect(providerWith(fast).listJobTemplates({}, PAGE)).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('the overall deadline stops retrying', async () => {
    await fault({ kind: 'delay', ms: 600, times: 10 });
    await expect(
      providerWith({ attemptTimeoutMs: 200, deadlineMs: 300 }).listJobTemplates({}, PAGE),
    ).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
    expect((await attempts()).length).toBeLessThan(MAX_ATTEMPTS);
  });
});

describe('SAE faults: circuit breaker', () => {
  it('opens after the failure share is reached, then fails fast without touching SAE', async () => {
    const provider = providerWith({
      maxAttempts: 1,
      breakerMinimumCalls: 2,
      breakerWindow: 2,
      breakerThreshold: 0.5,
      breakerHalfOpenAfterMs: 60_000,
    });
    await fault({ kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'down', times: 2 });
    for (let i = 0; i < 2; i++)
      await expect(provider.listJobTemplates({}, PAGE)).rejects.toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
      });
    expect(await getRequestLog(emulator.url)).toHaveLength(2);
    expect(provider.client.policy.breakerState).toBe('open');

    const error = await failure(provider.listJobExecutions(template.appId, {}, PAGE));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: false });
    expect(error.message).toMatch(/circuit open/);
    expect(await getRequestLog(emulator.url)).toHaveLength(2);
  });

  it('4xx answers do not open the breaker', async () => {
    const provider = providerWith({
      maxAttempts: 1,
      breakerMinimumCalls: 2,
      breakerWindow: 2,
      breakerThreshold: 0.5,
    });
    for (let i = 0; i < 3; i++)
      await expect(provider.listJobExecutions('no-such-app', {}, PAGE)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    expect(provider.client.policy.breakerState).toBe('closed');
    expect(await getRequestLog(emulator.url)).toHaveLength(3);
  });
});
