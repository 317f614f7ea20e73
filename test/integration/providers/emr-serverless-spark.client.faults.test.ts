// The EMR Serverless Spark provider under every fault the emulator can inject: which failures are
// retried and how often (counted in the emulator's request log), the breaker, timeouts within the
// budget (attempt counts, never wall-clock), malformed / truncated / oversized bodies (odd-shaped
// ones: emr-serverless-spark.odd-upstream.test.ts).
// Each expectation on a count would fail without the UpstreamPolicy.
import type { ResilienceConfig } from '../../../src/config/resilience.config';
import { Secret } from '../../../src/config/secret';
import { UpstreamError } from '../../../src/errors/upstream-error';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba-gateway';
import type { FaultSpec } from '../../../src/emulators/shared/emulator-types';
import type { RunningEmulator } from '../../../src/emulators/shared/http-server';
import { EmrServerlessSparkProvider } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { startEmrEmulator, upstreamOutcome as outcome } from './emr-serverless-spark.setup';

let emulator: RunningEmulator;
let workspaceId: string;
let regionId: string;
let jobRunId: string;

function providerWith(resilience: Partial<ResilienceConfig> = {}): EmrServerlessSparkProvider {
  return new EmrServerlessSparkProvider(emulatorAlibabaInstance(emulator.url, { regionId, resilience }));
}

async function attempts(operation: string): Promise<number> {
  return (await getRequestLog(emulator.url, operation)).length;
}

beforeAll(async () => {
  const started = await startEmrEmulator('emr-faults');
  emulator = started.emulator;
  const run = started.dataset.runs.find((r) => started.dataset.workspaces[r.workspace] === started.heavy);
  workspaceId = started.heavy.wire.workspaceId;
  regionId = started.heavy.wire.regionId;
  jobRunId = run?.jobRunId ?? '';
});

afterAll(() => emulator.stop());

beforeEach(() => resetEmulator(emulator.url));

type Expected = 'ok' | { code: string; upstreamCode?: string | null };

// attemptTimeoutMs 300 for every row: delays of 1.5 s and a 50 B/s body must be cut, other answers are instant.
describe.each<[string, FaultSpec, number, Expected, number]>([
  ['503, twice', { kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'busy' }, 2, 'ok', 3],
  [
    '503, always',
    { kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'busy' },
    3,
    { code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'ServiceUnavailable' },
    3,
  ],
  [
    '500 InternalError, once',
    { kind: 'status', status: 500, code: 'InternalError', message: 'oops' },
    1,
    'ok',
    2,
  ],
  ['throttle with a short hint, once', { kind: 'throttle', retryAfterMs: 10 }, 1, 'ok', 2],
  [
    'throttle, always',
    { kind: 'throttle', retryAfterMs: 10 },
    3,
    { code: 'UPSTREAM_THROTTLED', upstreamCode: 'Throttling.User' },
    3,
  ],
  [
    'throttle with a hint past maxRetryAfterMs',
    { kind: 'throttle', retryAfterMs: 60_000 },
    1,
    { code: 'UPSTREAM_THROTTLED', upstreamCode: 'Throttling.User' },
    1,
  ],
  ['reset, once', { kind: 'reset' }, 1, 'ok', 2],
  ['reset, always', { kind: 'reset' }, 3, { code: 'UPSTREAM_UNAVAILABLE', upstreamCode: null }, 3],
  ['truncated body, once', { kind: 'truncate' }, 1, 'ok', 2],
  [
    'truncated body, always',
    { kind: 'truncate' },
    3,
    { code: 'UPSTREAM_UNAVAILABLE', upstreamCode: null },
    3,
  ],
  [
    'malformed body (not retried: the answer was complete)',
    { kind: 'malformed' },
    1,
    { code: 'UPSTREAM_ERROR' },
    1,
  ],
  ['delay past the attempt timeout, once', { kind: 'delay', ms: 1_500 }, 1, 'ok', 2],
  [
    'delay past the attempt timeout, always',
    { kind: 'delay', ms: 1_500 },
    3,
    { code: 'UPSTREAM_TIMEOUT' },
    3,
  ],
  ['slow body, always', { kind: 'slowBody', bytesPerSecond: 50 }, 3, { code: 'UPSTREAM_TIMEOUT' }, 3],
  [
    '400 InvalidParameter (not retried)',
    { kind: 'status', status: 400, code: 'InvalidParameter', message: 'bad' },
    3,
    { code: 'BAD_USER_INPUT', upstreamCode: 'InvalidParameter' },
    1,
  ],
  [
    '403 Forbidden.RAM (not retried)',
    { kind: 'status', status: 403, code: 'Forbidden.RAM', message: 'no' },
    3,
    { code: 'UNAUTHENTICATED', upstreamCode: 'Forbidden.RAM' },
    1,
  ],
])('ListJobRuns with %s', (_label, fault, times, expected, calls) => {
  it(`ends ${typeof expected === 'string' ? 'ok' : expected.code} after ${calls} upstream call(s)`, async () => {
    await postFaults(emulator.url, { ...fault, times, operation: 'ListJobRuns' });
    const result = await outcome(
      providerWith({ attemptTimeoutMs: 300 }).listJobRuns(workspaceId, {}, { maxResults: 5 }),
    );
    if (expected === 'ok') {
      expect(result).toBe('ok');
    } else {
      expect(result).toBeInstanceOf(UpstreamError);
      expect(result).toMatchObject({
        code: expected.code,
        provider: 'EMR_SERVERLESS_SPARK',
        operation: 'ListJobRuns',
      });
      if (expected.upstreamCode !== undefined)
        expect(result).toMatchObject({ upstreamCode: expected.upstreamCode });
      // Never a host, URL, HostId or Recommend link in what a client could read.
      expect((result as UpstreamError).message).not.toMatch(/127\.0\.0\.1|https?:|HostId|Recommend|aliyuncs/);
    }
    expect(await attempts('ListJobRuns')).toBe(calls);
  });
});

describe('every operation is a retried read', () => {
  it.each([
    ['ListWorkspaces', (p: EmrServerlessSparkProvider) => p.listWorkspaces({}, { maxResults: 10 })],
    ['ListJobRuns', (p: EmrServerlessSparkProvider) => p.listJobRuns(workspaceId, {}, { maxResults: 10 })],
    ['GetJobRun', (p: EmrServerlessSparkProvider) => p.getJobRun(workspaceId, jobRunId)],
    ['ListWorkspaces', (p: EmrServerlessSparkProvider) => p.getWorkspacesByIds([workspaceId])],
  ])('%s recovers from one 503 on the second call', async (operation, call) => {
    await postFaults(emulator.url, {
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'busy',
      times: 1,
      operation,
    });
    expect(await outcome(call(providerWith()))).toBe('ok');
    expect(await attempts(operation)).toBe(2);
  });

  it('a request id from the upstream reaches the typed error', async () => {
    await postFaults(emulator.url, {
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'busy',
      times: 1,
      operation: 'GetJobRun',
    });
    const error = await outcome(providerWith({ maxAttempts: 1 }).getJobRun(workspaceId, jobRunId));
    expect(error).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      requestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
    });
  });
});

describe('timeouts stay within the budget', () => {
  it('the overall deadline cuts retries short: two attempts fit in 500 ms of 300 ms each', async () => {
    await postFaults(emulator.url, { kind: 'delay', ms: 1_500, times: 3, operation: 'ListWorkspaces' });
    const error = await outcome(
      providerWith({ attemptTimeoutMs: 300, deadlineMs: 500 }).listWorkspaces({}, { maxResults: 5 }),
    );
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(await attempts('ListWorkspaces')).toBe(2);
  });
});

describe('the circuit breaker', () => {
  it('opens on failures, then fails fast without touching the upstream, then recovers', async () => {
    const provider = providerWith({
      breakerMinimumCalls: 2,
      breakerWindow: 2,
      breakerThreshold: 0.5,
      breakerHalfOpenAfterMs: 200,
    });
    await postFaults(emulator.url, {
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'busy',
      times: 10,
      operation: 'ListJobRuns',
    });
    expect(await outcome(provider.listJobRuns(workspaceId, {}, { maxResults: 5 }))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    // Two failed attempts opened it; the third attempt was refused without a call.
    expect(await attempts('ListJobRuns')).toBe(2);
    expect(provider.breakerState).toBe('open');
    const fast = await outcome(provider.listJobRuns(workspaceId, {}, { maxResults: 5 }));
    expect(fast).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: expect.stringContaining('circuit open'),
    });
    expect(await outcome(provider.getJobRun(workspaceId, jobRunId))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    expect(await getRequestLog(emulator.url)).toHaveLength(2);
    await resetEmulator(emulator.url);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await outcome(provider.listJobRuns(workspaceId, {}, { maxResults: 5 }))).toBe('ok');
    expect(provider.breakerState).toBe('closed');
  });

  it('does not open on answers that say the request was wrong (404s)', async () => {
    const provider = providerWith({ breakerMinimumCalls: 2, breakerWindow: 2, breakerThreshold: 0.5 });
    for (let i = 0; i < 4; i++) expect(await provider.getJobRun(workspaceId, `jr-missing-${i}`)).toBeNull();
    expect(provider.breakerState).toBe('closed');
    expect(await attempts('GetJobRun')).toBe(4);
  });
});

describe('bodies that cannot be used', () => {
  it('a body over maxResponseBytes is a typed error, not retried', async () => {
    const error = await outcome(
      providerWith({ maxResponseBytes: 1_000 }).listJobRuns(workspaceId, {}, { maxResults: 50 }),
    );
    expect(error).toMatchObject({
      code: 'UPSTREAM_ERROR',
      message: expect.stringContaining('larger than allowed'),
    });
    expect(await attempts('ListJobRuns')).toBe(1);
  });

  it('wrong credentials are UNAUTHENTICATED after one call', async () => {
    const instance = emulatorAlibabaInstance(emulator.url, {
      regionId,
      credentials: {
        type: 'access_key',
        accessKeyId: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeyId),
        accessKeySecret: new Secret('wrong-secret'),
      },
    });
    const error = await outcome(
      new EmrServerlessSparkProvider(instance).listWorkspaces({}, { maxResults: 5 }),
    );
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', upstreamCode: 'SignatureDoesNotMatch' });
    expect((error as UpstreamError).message).not.toContain('wrong-secret');
    expect(await attempts('ListWorkspaces')).toBe(1);
  });
});
