import { RESILIENCE_DEFAULTS, type ResilienceConfig } from '../../../../src/config/resilience.config';
import { UpstreamError } from '../../../../src/errors/upstream-error';
import type { UpstreamErrorCode } from '../../../../src/errors/error-code';
import { RetryBudget } from '../../../../src/providers/resilience/retry-budget';
import { UpstreamPolicy } from '../../../../src/providers/resilience/upstream-policy';

const FAST: ResilienceConfig = {
  ...RESILIENCE_DEFAULTS,
  attemptTimeoutMs: 200,
  deadlineMs: 2_000,
  backoffBaseMs: 1,
  backoffMaxMs: 2,
  retryBudgetRatio: 1,
  retryBudgetMinPerSecond: 1_000,
};

function failure(classification: UpstreamErrorCode, retryable: boolean, retryAfterMs?: number): UpstreamError {
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
    if (outcome === 'hang') return new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    return Promise.reject(outcome);
  };
  return { attempt, calls: () => calls };
}

describe('UpstreamPolicy', () => {
  it('retries retryable failures of idempotent reads up to maxAttempts', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const script = scripted(failure('UPSTREAM_UNAVAILABLE', true), failure('UPSTREAM_THROTTLED', true, 5), 'ok');
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt })).resolves.toBe('ok');
    expect(script.calls()).toBe(3);

    const exhausted = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: exhausted.attempt })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(exhausted.calls()).toBe(FAST.maxAttempts);
  });

  it('never retries non-retryable failures or non-idempotent calls', async () => {
    const policy = new UpstreamPolicy('TEST', FAST);
    const notFound = scripted(failure('NOT_FOUND', false));
    await expect(policy.execute({ operation: 'Get', idempotent: true, attempt: notFound.attempt })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(notFound.calls()).toBe(1);
    const write = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    await expect(policy.execute({ operation: 'Start', idempotent: false, attempt: write.attempt })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(write.calls()).toBe(1);
  });

  it('gives up at once when the retry-after hint exceeds the cap', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxRetryAfterMs: 100 });
    const script = scripted(failure('UPSTREAM_THROTTLED', true, 60_000), 'ok');
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt })).rejects.toMatchObject({ code: 'UPSTREAM_THROTTLED' });
    expect(script.calls()).toBe(1);
  });

  it('cuts a hanging attempt at attemptTimeoutMs and reports UPSTREAM_TIMEOUT', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, attemptTimeoutMs: 20, maxAttempts: 2 });
    const script = scripted('hang');
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt })).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      extensions: { upstream: { provider: 'TEST', operation: 'List' } },
    });
    expect(script.calls()).toBe(2);
  });

  it('stops retrying when the retry budget is spent', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, retryBudgetRatio: 0, retryBudgetMinPerSecond: 0, maxAttempts: 5, breakerWindow: 1_000, breakerMinimumCalls: 1_000 });
    const outcomes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const script = scripted(failure('UPSTREAM_UNAVAILABLE', true));
      await policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }).catch(() => undefined);
      outcomes.push(script.calls());
    }
    // The initial reserve (10 tokens) pays for 10 retries in all, then every call gets a single attempt.
    expect(outcomes.reduce((sum, calls) => sum + calls - 1, 0)).toBe(10);
    expect(outcomes.slice(-3)).toEqual([1, 1, 1]);
  });

  it('opens the breaker on repeated upstream failures, then fails fast without calling', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxAttempts: 1, breakerWindow: 4, breakerMinimumCalls: 4, breakerThreshold: 0.5, breakerHalfOpenAfterMs: 60_000 });
    const script = scripted(failure('UPSTREAM_UNAVAILABLE', true));
    for (let i = 0; i < 4; i++) await policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt }).catch(() => undefined);
    expect(policy.breakerState).toBe('open');
    const before = script.calls();
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: script.attempt })).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: expect.stringContaining('circuit open'),
    });
    expect(script.calls()).toBe(before);
  });

  it('does not open the breaker for client errors', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxAttempts: 1, breakerWindow: 4, breakerMinimumCalls: 4 });
    const script = scripted(failure('NOT_FOUND', false));
    for (let i = 0; i < 8; i++) await policy.execute({ operation: 'Get', idempotent: true, attempt: script.attempt }).catch(() => undefined);
    expect(policy.breakerState).toBe('closed');
  });

  it('rejects calls beyond the concurrency limit and queue', async () => {
    const policy = new UpstreamPolicy('TEST', { ...FAST, maxConcurrent: 1, maxQueue: 0, maxAttempts: 1 });
    let release: () => void = () => undefined;
    const first = policy.execute({ operation: 'List', idempotent: true, attempt: () => new Promise<string>((resolve) => (release = () => resolve('first'))) });
    await expect(policy.execute({ operation: 'List', idempotent: true, attempt: () => Promise.resolve('second') })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
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
