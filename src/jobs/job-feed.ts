import type { ProviderId } from '../domain/provider-id';
import type { MergeList } from '../pagination/merge';
import type { JobQueryFilter } from './job-query-filter';
import type { JobsPageContext } from './jobs-context';
import type { ListedJob } from './listed-job';

/**
 * How a page read a list: `PAGED_NEWEST_FIRST`, page by page in an order its upstream documents or
 * that every item was checked to arrive in, stopping once the page had enough; `FULL_READ`, whole
 * (within the page's time window) and sorted by jobgraph, because the upstream answers whole lists
 * or did not list it newest first.
 */
export type ListRead = 'PAGED_NEWEST_FIRST' | 'FULL_READ';

/**
 * One sorted list of jobs the merge reads: one EMR workspace's runs, one PAI-DLC instance's jobs,
 * one SAE template's executions, one Gravitino metalake's jobs. It answers newest first from a
 * position, with as much of the filter pushed down as its upstream allows.
 */
export interface JobList extends MergeList<ListedJob> {
  /** How this page has read it so far; a list without it is read page by page in a documented order. */
  readonly read?: () => ListRead;
}

/** One provider instance's lists for a `jobs` page, or the failure that stopped listing them. */
export interface InstanceLists {
  readonly provider: ProviderId;
  readonly instance: string;
  readonly lists: readonly JobList[];
  /** Set when even the lists could not be listed (e.g. ListWorkspaces failed). */
  readonly error?: unknown;
}

/**
 * One provider's side of `Query.jobs`: for each of its instances in scope, the lists the tenant may
 * read. One implementation per provider, in `<provider>-job-feed.ts`.
 */
export interface JobFeed {
  readonly provider: ProviderId;
  instances(context: JobsPageContext, filter: JobQueryFilter): Promise<readonly InstanceLists[]>;
}

/** Lists an instance's lists, turning a listing failure into a FAILED instance instead of a failed page. */
export async function listInstance(
  provider: ProviderId,
  instance: string,
  list: () => Promise<readonly JobList[]>,
): Promise<InstanceLists> {
  try {
    return { provider, instance, lists: await list() };
  } catch (error) {
    return { provider, instance, lists: [], error };
  }
}

/** Whether a provider instance is in the filter's scope. */
export function inScope(filter: JobQueryFilter, provider: ProviderId, region: string | null): boolean {
  if (filter.providers && !filter.providers.has(provider)) return false;
  if (filter.regions && (region === null || !filter.regions.has(region))) return false;
  return true;
}
