import type { ProviderRegistry } from '../providers/provider-registry';

/** The /readyz body: each instance's breaker; ready unless every instance of a provider is failing fast. */
export interface ReadinessReport {
  readonly ready: boolean;
  readonly instances: readonly { readonly provider: string; readonly instance: string; readonly breaker: string }[];
}

/**
 * Readiness from breaker state, without calling upstreams: an open breaker is the gateway's own
 * evidence that an instance is down. Not ready only when some provider has no usable instance,
 * since partial results are still worth serving.
 */
export function readinessReport(providers: ProviderRegistry): ReadinessReport {
  const instances = providers.all().map((instance) => ({ provider: instance.provider, instance: instance.id, breaker: instance.breakerState() }));
  const byProvider = new Map<string, boolean>();
  for (const entry of instances) {
    byProvider.set(entry.provider, (byProvider.get(entry.provider) ?? false) || entry.breaker !== 'open');
  }
  return { ready: [...byProvider.values()].every(Boolean), instances };
}
