import type { ProviderId } from '../../domain/provider-id';
import type { MergeItem, MergeSource } from '../../pagination/merge';
import type { GatewayContext } from '../gateway-context';
import type { JobQueryFilter } from './job-query-filter';

/** A Job node as the merge carries it: createdAt as `t`, the global id as `k`. */
export type JobMergeItem = MergeItem<object>;

/** One provider instance's part of the merge: its sources, or the failure that stopped listing them. */
export interface InstanceSources {
  readonly provider: ProviderId;
  readonly instance: string;
  readonly sources: readonly MergeSource<object>[];
  /** Set when even the sources could not be listed (e.g. ListWorkspaces failed). */
  readonly error?: unknown;
}

/** Lists one provider's merge sources for a `jobs` page (one entry per configured instance in scope). */
export type JobSourceFactory = (
  context: GatewayContext,
  filter: JobQueryFilter,
) => Promise<readonly InstanceSources[]>;

/** Lists an instance's sources, turning a listing failure into a FAILED instance instead of a failed page. */
export async function instanceSources(
  provider: ProviderId,
  instance: string,
  list: () => Promise<readonly MergeSource<object>[]>,
): Promise<InstanceSources> {
  try {
    return { provider, instance, sources: await list() };
  } catch (error) {
    return { provider, instance, sources: [], error };
  }
}

/** Whether a provider instance is in the filter's scope. */
export function inScope(filter: JobQueryFilter, provider: ProviderId, region: string | null): boolean {
  if (filter.providers && !filter.providers.has(provider)) return false;
  if (filter.regions && (region === null || !filter.regions.has(region))) return false;
  return true;
}
