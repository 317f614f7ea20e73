import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { resolveRateLimit } from '../../../src/config/rate-limit.config';
import type { GatewayContext } from '../../../src/schema/gateway-context';
import { rateLimitPlugin } from '../../../src/server/plugins/rate-limit.plugin';
import { TenantRateLimiter } from '../../../src/server/rate-limit/tenant-rate-limiter';

/** Just what the plugin reads of a request: its tenant, the cost estimate and the calls made. */
function request(estimate: number | null, actualCalls: number) {
  return {
    contextValue: {
      tenant: { id: 't', grants: {} },
      cost: { requestedObjects: null, requestedUpstreamCalls: estimate },
      scope: { upstream: { calls: actualCalls, byProvider: {} } },
    },
  } as unknown as GraphQLRequestContext<GatewayContext>;
}

/** Runs the two hooks the plugin has, as Apollo does for one operation. */
async function run(limiter: TenantRateLimiter, estimate: number | null, actualCalls: number) {
  const listener = (await rateLimitPlugin(limiter).requestDidStart?.(
    request(estimate, actualCalls),
  )) as GraphQLRequestListener<GatewayContext>;
  const context = request(estimate, actualCalls);
  const response = await listener.responseForOperation?.(context as never);
  await listener.willSendResponse?.(context as never);
  return response;
}

describe('rateLimitPlugin', () => {
  const limiterWith = (burst: number) =>
    new TenantRateLimiter(
      resolveRateLimit({ upstreamCallBurst: burst, upstreamCallsPerSecond: 0.001 }),
      () => 0,
    );

  it('lets an operation within the rate execute (no response of its own)', async () => {
    expect(await run(limiterWith(10), 10, 10)).toBeNull();
  });

  it('answers an operation over the rate itself: 429, Retry-After, THROTTLED', async () => {
    const limiter = limiterWith(10);
    await run(limiter, 10, 10);
    const response = await run(limiter, 1, 0);
    expect(response?.http?.status).toBe(429);
    expect(response?.http?.headers?.get('retry-after')).toBe('1000');
    expect(response?.body).toEqual({
      kind: 'single',
      singleResult: {
        errors: [
          expect.objectContaining({
            extensions: { code: 'THROTTLED', limit: 'upstreamCalls', retryAfterMs: 1_000_000 },
          }),
        ],
      },
    });
  });

  it('settles each admitted operation against the calls it made, so the bucket pays for actual calls', async () => {
    const limiter = limiterWith(20);
    // Estimated 10, made 2: each admitted operation nets 2 tokens, but needs 10 on hand to start.
    // Without settling, only two would pass (20 / 10).
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push((await run(limiter, 10, 2)) === null);
    expect(outcomes).toEqual([true, true, true, true, true, true, false]);
  });

  it('charges 1 when the cost analysis gave no estimate', async () => {
    const limiter = limiterWith(2);
    expect([await run(limiter, null, 1), await run(limiter, null, 1)]).toEqual([null, null]);
    expect((await run(limiter, null, 1))?.http?.status).toBe(429);
  });
});
