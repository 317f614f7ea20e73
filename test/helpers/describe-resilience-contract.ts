import { describeFaultOutcomes } from './describe-fault-outcomes';
import { describePolicyLimits } from './describe-policy-limits';
import { resilienceHarness } from './resilience-harness';
import type { ResilienceTarget } from './resilience-target';

/**
 * What every provider does under every fault its emulator can inject, through its real client and
 * UpstreamPolicy: which failures are retried and how often (counted in the emulator's request log,
 * never by wall-clock), the typed error each ends in, timeouts within the budget, the breaker,
 * bodies that cannot be used. Provider-specific cases stay in the provider's own faults file.
 */
export function describeResilienceContract<P>(target: ResilienceTarget<P>): void {
  describe(`${target.provider}: resilience contract`, () => {
    const harness = resilienceHarness(target);
    describeFaultOutcomes(harness);
    describePolicyLimits(harness);
  });
}
