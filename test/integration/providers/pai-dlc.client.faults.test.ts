import type { ResilienceConfig } from '../../../src/config/resilience.config';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba-gateway';
import { createPaiDlcDataset } from '../../../src/emulators/pai-dlc/pai-dlc.dataset';
import { createPaiDlcEmulator } from '../../../src/emulators/pai-dlc/pai-dlc.emulator';
import type { FaultSpec, QueuedFault } from '../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { UpstreamError } from '../../../src/errors/upstream-error';
import { PaiDlcProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance, TEST_RESILIENCE } from '../../helpers/provider-instances';

// Every fault kind of the emulator, driven through the real provider: the attempt counts come from
// the emulator's request log, so these tests fail if the policy (retry, timeout, breaker) is removed.

const options = {
  seed: 'pai-provider-faults',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
const job = createPaiDlcDataset(options).rows[10]!;
const PAGE = { pageNumber: 1, pageSize: 5 };
/** Attempts per call for reads (TEST_RESILIENCE keeps the default). */
const MAX_ATTEMPTS = TEST_RESILIENCE.maxAttempts;

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulatorServer(createPaiDlcEmulator(options), { port: 0 });
});
afterAll(() => emulator.stop());
beforeEach(() => resetEmulator(emulator.url));

const providerWith = (resilience: Partial<ResilienceConfig> = {}) =>
  PaiDlcProvider.forInstance(emulatorAlibabaInstance(emulator.url, { resilience }));
const fault = (spec: FaultSpec & { times: number }, operation = 'ListJobs') =>
  postFaults(emulator.url, { ...spec, operation } satisfies QueuedFault);
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
const unavailable = {
  kind: 'status',
  status: 503,
  code: 'ServiceUnavailable',
  message: 'The request has failed due to a temporary failure of the server.',
} as const;

it('the suite runs with more than one attempt per read', () => {
  expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(3);
});

describe('PAI-DLC faults: retried reads', () => {
  const provider = () => providerWith();

  it('503 twice, then success: three attempts', async () => {
    await fault({ ...unavailable, times: 2 });
    const page = await provider().listJobs({}, PAGE);
    expect(page.items).toHaveLength(5);
    expect(await attempts()).toEqual(['status', 'status', null]);
  });

  it('503 every time: UPSTREAM_UNAVAILABLE after maxAttempts, with code and request id, no host', async () => {
    await fault({ ...unavailable, times: 10 }, 'GetJob');
    const error = await failure(provider().getJob(job.jobId));
    expect(error).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamCode: 'ServiceUnavailable',
      status: 503,
      operation: 'GetJob',
      provider: 'PAI_DLC',
    });
    expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(error.message).not.toMatch(/aliyuncs|https?:|Recommend|HostId/);
    expect(await attempts('GetJob')).toHaveLength(MAX_ATTEMPTS);
  });

  it('throttle honours x-acs-retry-after, then succeeds', async () => {
    await fault({ kind: 'throttle', retryAfterMs: 30, times: 1 }, 'GetJob');
    expect(await provider().getJob(job.jobId)).toMatchObject({ jobId: job.jobId });
    expect(await attempts('GetJob')).toEqual(['throttle', null]);
  });

  it('throttle every time: UPSTREAM_THROTTLED with the hint, after maxAttempts', async () => {
    await fault({ kind: 'throttle', retryAfterMs: 10, times: 10 });
    const error = await failure(provider().listJobs({}, PAGE));
    expect(error).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      upstreamCode: 'Throttling.User',
      retryAfterMs: 10,
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('a retry-after hint longer than allowed fails at once', async () => {
    await fault({ kind: 'throttle', retryAfterMs: TEST_RESILIENCE.maxRetryAfterMs + 1, times: 1 });
    await expect(provider().listJobs({}, PAGE)).rejects.toMatchObject({ code: 'UPSTREAM_THROTTLED' });
    expect(await attempts()).toHaveLength(1);
  });

  it('reset once, then success', async () => {
    await fault({ kind: 'reset', times: 1 }, 'GetJob');
    expect(await provider().getJob(job.jobId)).toMatchObject({ jobId: job.jobId });
    expect(await attempts('GetJob')).toEqual(['reset', null]);
  });

  it('reset every time: UPSTREAM_UNAVAILABLE after maxAttempts', async () => {
    await fault({ kind: 'reset', times: 10 });
    await expect(provider().listJobs({}, PAGE)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('truncated body: UPSTREAM_UNAVAILABLE, retried as an interrupted answer', async () => {
    await fault({ kind: 'truncate', times: 10 });
    const error = await failure(provider().listJobs({}, PAGE));
    expect(error).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'PAI_DLC ListJobs returned an incomplete response.',
    });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('truncated once, then a whole body', async () => {
    await fault({ kind: 'truncate', times: 1 }, 'GetJob');
    expect(await provider().getJob(job.jobId)).toMatchObject({ jobId: job.jobId });
    expect(await attempts('GetJob')).toEqual(['truncate', null]);
  });

  it('malformed JSON: UPSTREAM_ERROR, not retried', async () => {
    await fault({ kind: 'malformed', times: 10 }, 'GetJob');
    const error = await failure(provider().getJob(job.jobId));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', operation: 'GetJob', retryable: false });
    expect(error.message).toBe('PAI_DLC GetJob returned a response that is not valid JSON.');
    expect(await attempts('GetJob')).toHaveLength(1);
  });

  it('a slow body within the attempt timeout is read whole', async () => {
    await fault({ kind: 'slowBody', bytesPerSecond: 2_000_000, times: 1 });
    expect((await provider().listJobs({}, PAGE)).items).toHaveLength(5);
    expect(await attempts()).toEqual(['slowBody']);
  });

  it('a failed batch lookup fills only its own slots with the error', async () => {
    await fault({ ...unavailable, times: 10 });
    const [slot] = await provider().getJobsByIds([job.jobId]);
    expect(slot).toBeInstanceOf(UpstreamError);
    expect(slot).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });
});

describe('PAI-DLC faults: 4xx are final', () => {
  it.each([
    [400, 'InvalidParameter', 'BAD_USER_INPUT'],
    [404, 'InvalidWorkspaceId.NotFound', 'NOT_FOUND'],
    [400, 'SignatureDoesNotMatch', 'UNAUTHENTICATED'],
    [403, 'Forbidden.RAM', 'UNAUTHENTICATED'],
    [409, 'Conflict', 'UPSTREAM_ERROR'],
  ])('%s %s → %s, one attempt', async (status, code, classification) => {
    await fault({ kind: 'status', status, code, message: 'refused', times: 10 });
    await expect(providerWith().listJobs({}, PAGE)).rejects.toMatchObject({
      code: classification,
      upstreamCode: code,
    });
    expect(await attempts()).toHaveLength(1);
  });

  it('GetJob NOT_FOUND is null after one attempt; other GetJob 4xx stay errors', async () => {
    await fault(
      { kind: 'status', status: 404, code: 'InvalidJobId.NotFound', message: 'no', times: 1 },
      'GetJob',
    );
    expect(await providerWith().getJob(job.jobId)).toBeNull();
    await fault(
      { kind: 'status', status: 403, code: 'Forbidden.RAM', message: 'denied', times: 1 },
      'GetJob',
    );
    await expect(providerWith().getJob(job.jobId)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await attempts('GetJob')).toEqual(['status', 'status']);
  });
});

describe('PAI-DLC faults: timeouts', () => {
  const fast = { attemptTimeoutMs: 200, deadlineMs: 5_000 };

  it('a delay past the attempt timeout is cut and retried', async () => {
    await fault({ kind: 'delay', ms: 600, times: 1 });
    expect((await providerWith(fast).listJobs({}, PAGE)).items).toHaveLength(5);
    expect(await attempts()).toEqual(['delay', null]);
  });

  it('delays every time: UPSTREAM_TIMEOUT after maxAttempts', async () => {
    await fault({ kind: 'delay', ms: 600, times: 10 }, 'GetJob');
    await expect(providerWith(fast).getJob(job.jobId)).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      operation: 'GetJob',
    });
    expect(await attempts('GetJob')).toHaveLength(MAX_ATTEMPTS);
  });

  it('a dripping body is cut at the attempt timeout: UPSTREAM_TIMEOUT', async () => {
    await fault({ kind: 'slowBody', bytesPerSecond: 50, times: 10 });
    await expect(providerWith(fast).listJobs({}, PAGE)).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(await attempts()).toHaveLength(MAX_ATTEMPTS);
  });

  it('the overall deadline stops retrying', async () => {
    await fault({ kind: 'delay', ms: 600, times: 10 });
    await expect(
      providerWith({ attemptTimeoutMs: 200, deadlineMs: 300 }).listJobs({}, PAGE),
    ).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
    expect((await attempts()).length).toBeLessThan(MAX_ATTEMPTS);
  });
});

describe('PAI-DLC faults: circuit breaker', () => {
  it('opens after the failure share is reached, then fails fast without touching PAI', async () => {
    const provider = providerWith({
      maxAttempts: 1,
      breakerMinimumCalls: 2,
      breakerWindow: 2,
      breakerThreshold: 0.5,
      breakerHalfOpenAfterMs: 60_000,
    });
    await fault({ ...unavailable, times: 2 });
    for (let i = 0; i < 2; i++)
      await expect(provider.listJobs({}, PAGE)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(await getRequestLog(emulator.url)).toHaveLength(2);
    expect(provider.client.policy.breakerState).toBe('open');

    const error = await failure(provider.getJob(job.jobId));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: false });
    expect(error.message).toMatch(/circuit open/);
    expect(await getRequestLog(emulator.url)).toHaveLength(2);
  });

  it('4xx answers and NOT_FOUND lookups do not open the breaker', async () => {
    const provider = providerWith({
      maxAttempts: 1,
      breakerMinimumCalls: 2,
      breakerWindow: 2,
      breakerThreshold: 0.5,
    });
    for (let i = 0; i < 3; i++) expect(await provider.getJob(`dlc-nope-${i}`)).toBeNull();
    expect(provider.client.policy.breakerState).toBe('closed');
    expect(await getRequestLog(emulator.url)).toHaveLength(3);
  });
});
