import type { ProviderId } from '../domain/provider-id';
import { UpstreamError } from './upstream.error';

/**
 * Fails closed when a provider answers a listing that pushed a tenant's grant down as a filter
 * (PAI `WorkspaceId`, SAE `NamespaceId`) with an object outside it. The documentation promises the
 * filter, and counts and page numbers rely on it; if an upstream ever ignored it, dropping the
 * strays would still leak its unfiltered totals, so the listing fails instead (DESIGN §4.12).
 */
export function requirePushedDownScope<T>(
  items: readonly T[],
  inScope: (item: T) => boolean,
  provider: ProviderId,
  operation: string,
): void {
  if (items.every(inScope)) return;
  throw new UpstreamError({
    classification: 'UPSTREAM_ERROR',
    provider,
    operation,
    code: null,
    requestId: null,
    retryable: false,
    message: `${operation} answered with items its filter excludes; the list is withheld.`,
  });
}
