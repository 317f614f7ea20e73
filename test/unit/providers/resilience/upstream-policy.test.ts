import { RESILIENCE_DEFAULTS, type ResilienceConfig } from '../../../../src/config/resilience.config';
import { GatewayBusyError } from '../../../../src/errors/gateway-busy.error';
import { RequestTimeoutError } from '../../../../src/errors/timeout.error';
import { UpstreamError } from '../../../../src/errors/upstream.error';
import type { UpstreamErrorCode } from '../../../../src/errors/error-code';
import { RetryBudget } from '../../../../src/providers/resilience/retry-budget';
import { UpstreamPolicy } from '../../../../src/providers/resilience/upstream-policy';
import { createRequestScope, runInRequestScope } from '../../../../src/request/request-scope';

const FAST: ResilienceConfig = {
  ...RESILIENCE_DEFAULTS,
  attemptTimeoutMs: 200,
  deadlineMs: 2_000,
  backoffBaseMs: 1,
  backoffMaxMs: 2,
  retryBudgetRatio: 1,
  retryBudgetMinPerSecond: 1_000,
};

function failure(
  classification: UpstreamErrorCode,
  retryable: boolean,
  retryAfterMs?: number,
): UpstreamError {
  return new UpstreamError({
    provider: 'TEST',
    operation: 'List',
    code: null,
    requestId: null,
    classification,
    retryable,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    message: 'test failure',
  });
}

/** An attempt function that plays a script of outcomes and counts its calls. */
function scripted(...outcomes: (UpstreamError | 'ok' | 'hang')[]) {
  let calls = 0;
  const attempt = (signal: AbortSignal) => {
    const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
    calls += 1;
    if (outcome === 'ok') return Promise.resolve('ok');
    if (outcome === 'hang')
      return new Promise<string>((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    return Promise.reject(outcome);
  };
  return { attempt, calls: () => calls };
}

describe('UpstreamPolicy', () => {
  it('retries retryable failures of idempotent reads up to maxAttempts', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const script = scripted(
      failure('UPSTREAM_UNAVAILABLE', true),
      failure('UPSTREAM_THROTTLED', true, 5),
      'ok',
    );
    await expect(
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    ).resolves.toBe('ok');
    expect(script.calls()).toBe(3);

    const exhausted = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    await expect(
      policy.execute({ operation: 'List', idempotent: true, attempt: exhausted.attempt }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(exhausted.calls()).toBe(FAST.maxAttempts);
  });

  it('never retries non-retryable failures or non-idempotent calls', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const notFound = scripted(failure('NOT_FOUND', false));
    await expect(
      policy.execute({ operation: 'Get', idempotent: true, attempt: notFound.attempt }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(notFound.calls()).toBe(1);
    const write = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    await expect(
      policy.execute({ operation: 'Start', idempotent: false, attempt: write.attempt }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(write.calls()).toBe(1);
  });

  it('gives up at once when the retry-after hint exceeds the cap', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxRetryAfterMs: 100 });
    const script = scripted(failure('UPSTREAM_THROTTLED', true, 60_000), 'ok');
    await expect(
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_THROTTLED' });
    expect(script.calls()).toBe(1);
  });

  it('cuts a hanging attempt at attemptTimeoutMs and reports UPSTREAM_TIMEOUT', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, attemptTimeoutMs: 20, maxAttempts: 2 });
    const script = scripted('hang');
    await expect(
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    ).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      extensions: { upstream: { provider: 'TEST', operation: 'List' } },
    });
    expect(script.calls()).toBe(2);
  });

  it('stops retrying when the retry budget is spent', async () => {
    const policy = new UpstreamPolicy('TEST', {
      ...FAST,
      retryBudgetRatio: 0,
      retryBudgetMinPerSecond: 0,
      maxAttempts: 5,
      breakerWindow: 1_000,
      breakerMinimumCalls: 1_000,
    });
    const outcomes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const script = scripted(failure('UPSTREAM_UNAVAILABLE', true));
      await policy
        .execute({ operation: 'List', idempotent: true, attempt: script.attempt })
        .catch(() => undefined);
      outcomes.push(script.calls());
    }
    // The initial reserve (10 tokens) pays for 10 retries in all, then every call gets a single attempt.
    expect(outcomes.reduce((sum, calls) => sum + calls - 1, 0)).toBe(10);
    expect(outcomes.slice(-3)).toEqual([1, 1, 1]);
  });

  it('opens the breaker on repeated upstream failures, then fails fast without calling', async () => {
    const policy = new UpstreamPolicy('TEST', {
      ...FAST,
      maxAttempts: 1,
      breakerWindow: 4,
      breakerMinimumCalls: 4,
      breakerThreshold: 0.5,
      breakerHalfOpenAfterMs: 60_000,
    });
    const script = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    for (let i = 0; i < 4; i++)
      await policy
        .execute({ operation: 'List', idempotent: true, attempt: script.attempt })
        .catch(() => undefined);
    expect(policy.breakerState).toBe('open');
    const before = script.calls();
    await expect(
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    ).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: expect.stringContaining('circuit open'),
    });
    expect(script.calls()).toBe(before);
  });

  it('does not open the breaker for client errors', async () => {
    const policy = new UpstreamPolicy('TEST', {
      ...FAST,
      maxAttempts: 1,
      breakerWindow: 4,
      breakerMinimumCalls: 4,
    });
    const script = scripted(failure('NOT_FOUND', false));
    for (let i = 0; i < 8; i++)
      await policy
        .execute({ operation: 'Get', idempotent: true, attempt: script.attempt })
        .catch(() => undefined);
    expect(policy.breakerState).toBe('closed');
  });

  it('refuses calls beyond the concurrency limit and queue as GATEWAY_BUSY, without blaming or tripping the provider', async () => {
    const policy = new UpstreamPolicy('TEST', {
      ...FAST,
      maxConcurrent: 1,
      maxQueue: 0,
      maxAttempts: 3,
      breakerWindow: 2,
      breakerMinimumCalls: 2,
    });
    let release: () => void = () => undefined;
    const first = policy.execute({
      operation: 'List',
      idempotent: true,
      attempt: () => new Promise<string>((resolve) => (release = () => resolve('first'))),
    });
    const second = scripted('ok');
    for (let i = 0; i < 3; i++) {
      const refused = await policy
        .execute({ operation: 'List', idempotent: true, attempt: second.attempt })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(GatewayBusyError);
      expect(refused).toMatchObject({ code: 'GATEWAY_BUSY', extensions: { code: 'GATEWAY_BUSY' } });
      expect((refused as GatewayBusyError).extensions.upstream).toBeUndefined();
    }
    // Refused at once (no retries into a full queue), never sent, and the breaker saw nothing.
    expect(second.calls()).toBe(0);
    expect(policy.stats).toMatchObject({ retries: 0, refusedBusy: 3 });
    expect(policy.breakerState).toBe('closed');
    release();
    await expect(first).resolves.toBe('first');
  });
});

describe('RetryBudget', () => {
  it('earns ratio tokens per call and refills at the floor rate', () => {
    let now = 0;
    const budget = new RetryBudget(0.5, 1, () => now, 2);
    expect([budget.tryRetry(), budget.tryRetry(), budget.tryRetry()]).toEqual([true, true, false]);
    budget.recordCall();
    budget.recordCall();
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);
    now += 1_000;
    expect(budget.tryRetry()).toBe(true);
  });
});

describe('UpstreamPolicy within a request scope', () => {
  const inRequest = <T>(tenant: string, signal: AbortSignal, fn: () => Promise<T>) => {
    const scope = createRequestScope(`req-${tenant}`, tenant, signal);
    return { scope, result: runInRequestScope(scope, fn) };
  };

  it('counts each attempt sent upstream on the request, by provider', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const script = scripted(failure('UPSTREAM_UNAVAILABLE', true), 'ok');
    const { scope, result } = inRequest('t1', new AbortController().signal, () =>
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    );
    await expect(result).resolves.toBe('ok');
    expect(scope.upstream).toEqual({ calls: 2, byProvider: { TEST: 2 } });
  });

  it('refuses without calling upstream once the request is over', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const script = scripted('ok');
    const { scope, result } = inRequest('t1', AbortSignal.abort(), () =>
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    );
    await expect(result).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(result).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(script.calls()).toBe(0);
    expect(scope.upstream.calls).toBe(0);
  });

  it('stops an attempt in flight when the request ends, with TIMEOUT (not UPSTREAM_TIMEOUT), and does not retry', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, attemptTimeoutMs: 60_000, deadlineMs: 60_000 });
    const request = new AbortController();
    let attemptSignal: AbortSignal | undefined;
    const attempt = (signal: AbortSignal) => {
      attemptSignal = signal;
      return new Promise<string>((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    };
    const { scope, result } = inRequest('t1', request.signal, () =>
      policy.execute({ operation: 'List', idempotent: true, attempt }),
    );
    await Promise.resolve();
    request.abort();
    await expect(result).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(attemptSignal?.aborted).toBe(true);
    expect(scope.upstream.calls).toBe(1);
    expect(policy.breakerState).toBe('closed');
  });

  it('ends a retry wait when the request ends, without another attempt', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, deadlineMs: 60_000 });
    const request = new AbortController();
    // The upstream asks for a 5 s pause; the request ends meanwhile.
    const script = scripted(failure('UPSTREAM_THROTTLED', true, 5_000), 'ok');
    const { result } = inRequest('t1', request.signal, () =>
      policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }),
    );
    const outcome = result.catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    request.abort();
    await expect(outcome).resolves.toBeInstanceOf(RequestTimeoutError);
    expect(script.calls()).toBe(1);
  });

  it('takes queued calls out of the queue when their request ends', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxConcurrent: 1, attemptTimeoutMs: 60_000 });
    let release: () => void = () => undefined;
    const first = policy.execute({
      operation: 'List',
      idempotent: true,
      attempt: () => new Promise<string>((resolve) => (release = () => resolve('first'))),
    });
    const request = new AbortController();
    const queued = scripted('ok');
    const { result } = inRequest('t2', request.signal, () =>
      policy.execute({ operation: 'List', idempotent: true, attempt: queued.attempt }),
    );
    const outcome = result.catch((error: unknown) => error);
    await Promise.resolve();
    expect(policy.load).toEqual({ inFlight: 1, queued: 1 });
    request.abort();
    await expect(outcome).resolves.toBeInstanceOf(RequestTimeoutError);
    expect(policy.load).toEqual({ inFlight: 1, queued: 0 });
    release();
    await expect(first).resolves.toBe('first');
    expect(queued.calls()).toBe(0);
  });
});
