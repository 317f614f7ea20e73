import type { ProviderRegistry } from '../providers/provider-registry';

/** What /readyz tells anyone: no instance ids, no provider names. */
export interface PublicReadiness {
  readonly status: 'ready' | 'unready';
}

/** What /readyz?detail=1 tells an authenticated caller: each instance's breaker, grouped by provider. */
export interface ReadinessDetail extends PublicReadiness {
  readonly providers: readonly {
    readonly provider: string;
    /** Some instance of this provider can be called (its breaker is not open). */
    readonly serving: boolean;
    readonly instances: readonly { readonly instance: string; readonly breaker: string }[];
  }[];
}

/**
 * Readiness from breaker state, without calling upstreams: an open breaker is the gateway's own
 * evidence that an instance is down. Ready while any instance of any provider can be called: a
 * provider that is down only nulls its own fields (partial data), and a load balancer that pulled
 * every replica for it would turn a one-provider outage into a total one. Unready only when no
 * provider can serve at all (or none is configured).
 */
export function readinessDetail(providers: ProviderRegistry): ReadinessDetail {
  const byProvider = new Map<string, { instance: string; breaker: string }[]>();
  for (const instance of providers.all()) {
    const list = byProvider.get(instance.provider) ?? [];
    list.push({ instance: instance.id, breaker: instance.breakerState() });
    byProvider.set(instance.provider, list);
  }
  const detail = [...byProvider].map(([provider, instances]) => ({
    provider,
    serving: instances.some((entry) => entry.breaker !== 'open'),
    instances,
  }));
  return { status: detail.some((entry) => entry.serving) ? 'ready' : 'unready', providers: detail };
}

/** The public body: the status alone. */
export function publicReadiness(detail: ReadinessDetail): PublicReadiness {
  return { status: detail.status };
}

/** HTTP status for a readiness body: load balancers read the code, not the body. */
export function readinessHttpStatus(readiness: PublicReadiness): number {
  return readiness.status === 'ready' ? 200 : 503;
}
