import { fromGlobalId } from '../../domain/global-id';
import type { JobStatus } from '../../domain/job-status';
import { paiStatusesFor } from '../../domain/pai-job-status';
import { pageReadAllowance } from '../../jobs/page-read-budget';
import { gravitinoMetalakeCount, selectedInstanceCount, type CostEnvironment } from './cost-environment';
import { numberedPageCalls, pageSize, tokenPageCalls } from './page-calls';

/** What a field's cost depends on: its coerced arguments and the deployment. */
export interface CostInput {
  readonly args: Record<string, unknown>;
  readonly environment: CostEnvironment;
}

/**
 * A field that returns many objects per parent (a connection or `nodes`) and makes `calls` upstream
 * calls each time it is evaluated, i.e. once per parent object: a connection under a list costs one
 * call per parent. `totalCountCalls` are added when the connection's `totalCount` is selected.
 */
export interface ListFieldCost {
  readonly kind: 'list';
  calls(input: CostInput): number;
  size(input: CostInput): number;
  totalCountCalls?(input: CostInput): number;
}

/**
 * A link resolved through a batching loader: every lookup of one list's objects lands in one tick,
 * so one evaluation of the enclosing list costs `batches` calls however many objects it holds (and
 * never more than one per object). Free when the objects came from `freeFrom`, whose listing
 * primed the loader.
 */
export interface BatchedFieldCost {
  readonly kind: 'batched';
  batches(input: CostInput): number;
  /**
   * Each object may cost a call of its own besides the batches: a lookup that goes one id per
   * call, or a batch whose answer lacked ids it then looks up alone (SAE's appIds lookups).
   */
  readonly perObject?: boolean;
  /** Objects per parent when the link is a connection (its page size); one otherwise. */
  size?(input: CostInput): number;
  readonly freeFrom?: readonly string[];
}

/** The cost of one field coordinate. */
export type FieldCost = ListFieldCost | BatchedFieldCost;

/** Pages of one EMR ListWorkspaces scan per region (100 workspaces a page); regions with more take ceil(n / 100). */
export const EMR_WORKSPACE_SCAN_PAGES = 1;
/** AppIds per batched SAE lookup (a ListJobs page holds at most 200 templates). */
const SAE_LOOKUP_BATCH_SIZE = 200;
/** Pages of one SAE ListJobs sweep per instance (200 templates a page); more templates take ceil(n / 200). */
export const SAE_TEMPLATE_SWEEP_PAGES = 1;

/** ListJobs listings behind a PAI filter: one per PAI status (ListJobs takes one Status per call). */
function paiListings(filter: unknown): number {
  const { providerStatuses, statuses } = (filter ?? {}) as {
    providerStatuses?: string[] | null;
    statuses?: JobStatus[] | null;
  };
  const raw = providerStatuses?.length ? new Set(providerStatuses).size : null;
  const normalized = statuses?.length
    ? new Set(statuses.flatMap((status) => paiStatusesFor(status))).size
    : null;
  if (raw === null) return normalized ?? 1;
  return normalized === null ? raw : Math.min(raw, normalized);
}

/** The batched lookups a `nodes`/`node` refetch can add, one per instance or metalake they batch by. */
function lookupBatches(environment: CostEnvironment): number {
  return (
    environment.emrServerlessSpark.length * EMR_WORKSPACE_SCAN_PAGES +
    environment.paiDlc.length +
    environment.sae.length +
    2 * gravitinoMetalakeCount(environment) +
    // GravitinoMetalake ids: one listMetalakes per server, whatever the number of ids.
    environment.gravitino.length
  );
}

/** The distinct AppIds of an SAE appIds filter, or null when the filter has none. */
function saeAppIds(filter: unknown): number | null {
  const { appIds } = (filter ?? {}) as { appIds?: unknown };
  return Array.isArray(appIds) ? new Set(appIds).size : null;
}

/**
 * An appIds listing of one instance: one ListJobs per id, or batched one per 200 ids plus one per
 * id the answer lacked. Its pages and totalCount are slices of that one lookup.
 */
function saeAppIdListingCalls(ids: number): number {
  return ids + Math.ceil(ids / SAE_LOOKUP_BATCH_SIZE);
}

/** SAE execution ids among `nodes(ids:)`: each may cost its template's own lookup as well. */
function saeExecutionIdCount(ids: unknown): number {
  if (!Array.isArray(ids)) return 0;
  return ids.filter((id) => typeof id === 'string' && fromGlobalId(id)?.type === 'SaeJobExecution').length;
}

/** The ids of `_entities` representations (`{ __typename, id }` objects; anything else counts as an id too). */
function representationIds(representations: unknown): unknown[] {
  if (!Array.isArray(representations)) return [];
  return representations.map((representation: unknown) =>
    typeof representation === 'object' && representation !== null
      ? (representation as { id?: unknown }).id
      : representation,
  );
}

/** Upper bound of one `Query.jobs` page: the README's "Upstream calls per page" paragraph. */
function jobsCalls({ args, environment }: CostInput): number {
  const filter = (args.filter ?? {}) as { providers?: string[] | null };
  const reads = (provider: string) => !filter.providers || filter.providers.includes(provider);
  // Listing the sources: EMR workspaces per region, SAE templates per 200.
  const listing =
    (reads('EMR_SERVERLESS_SPARK') ? environment.emrServerlessSpark.length * EMR_WORKSPACE_SCAN_PAGES : 0) +
    (reads('SAE') ? environment.sae.length * SAE_TEMPLATE_SWEEP_PAGES : 0);
  // Sources known without listing: each PAI instance and each Gravitino metalake (one whole list).
  const fixedSources =
    (reads('PAI_DLC') ? environment.paiDlc.length : 0) +
    (reads('GRAVITINO') ? gravitinoMetalakeCount(environment) : 0);
  // The list reads the page may make (jobs/page-read-budget.ts): the page stops its full reads there.
  return listing + fixedSources + pageReadAllowance(pageSize(args));
}

/**
 * Every field coordinate that costs upstream calls or builds many objects. Fields not listed cost
 * nothing: they are read from the object their parent already holds. Interface coordinates
 * (`GravitinoJobTemplate.jobs`) apply to every implementation.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  // One ListWorkspaces page per selected instance (read one after another; a page that fills
  // early probes each later instance once). totalCount: one one-item page per instance not reached.
  'Query.workspaces': {
    kind: 'list',
    calls: ({ args, environment }) =>
      selectedInstanceCount(environment.emrServerlessSpark, args.filter) * tokenPageCalls(args),
    size: ({ args }) => pageSize(args),
    totalCountCalls: ({ args, environment }) =>
      selectedInstanceCount(environment.emrServerlessSpark, args.filter),
  },
  // One ListJobRuns page per workspace: the N+1 a list of workspaces makes, and the call EMR forces.
  'Workspace.jobRuns': {
    kind: 'list',
    calls: ({ args }) => tokenPageCalls(args),
    size: ({ args }) => pageSize(args),
  },
  // One ListJobs listing per instance and PAI status, each a window of one or two pages.
  'Query.paiJobs': {
    kind: 'list',
    calls: ({ args, environment }) =>
      selectedInstanceCount(environment.paiDlc, args.filter) *
      paiListings(args.filter) *
      numberedPageCalls(args),
    size: ({ args }) => pageSize(args),
    totalCountCalls: ({ args, environment }) =>
      selectedInstanceCount(environment.paiDlc, args.filter) * paiListings(args.filter),
  },
  // One ListJobs window per selected SAE instance; totalCount one one-item page per instance. An
  // appIds filter is one lookup per instance instead, whose slices are the pages and the total.
  'Query.saeJobTemplates': {
    kind: 'list',
    calls: ({ args, environment }) => {
      const appIds = saeAppIds(args.filter);
      const perInstance = appIds === null ? numberedPageCalls(args) : saeAppIdListingCalls(appIds);
      return selectedInstanceCount(environment.sae, args.filter) * perInstance;
    },
    size: ({ args }) => pageSize(args),
    totalCountCalls: ({ args, environment }) =>
      saeAppIds(args.filter) === null ? selectedInstanceCount(environment.sae, args.filter) : 0,
  },
  // One DescribeJobHistory window per template: SAE has no batch history read.
  'SaeJobTemplate.executions': {
    kind: 'list',
    calls: ({ args }) => numberedPageCalls(args),
    size: ({ args }) => pageSize(args),
  },
  // Gravitino lists come whole: one listJobs / listJobTemplates per (metalake, filter).
  'Query.gravitinoJobs': { kind: 'list', calls: () => 1, size: ({ args }) => pageSize(args) },
  'Query.gravitinoJobTemplates': { kind: 'list', calls: () => 1, size: ({ args }) => pageSize(args) },
  'GravitinoMetalake.jobs': { kind: 'list', calls: () => 1, size: ({ args }) => pageSize(args) },
  'GravitinoMetalake.jobTemplates': { kind: 'list', calls: () => 1, size: ({ args }) => pageSize(args) },
  // One listMetalakes per selected Gravitino server, shared by the page and totalCount.
  'Query.gravitinoMetalakes': {
    kind: 'list',
    calls: ({ args, environment }) => selectedInstanceCount(environment.gravitino, args.filter),
    size: ({ args }) => pageSize(args),
  },
  // Bounded by the sources it lists and reads, not by a per-parent page (README, Query.jobs).
  'Query.jobs': { kind: 'list', calls: jobsCalls, size: ({ args }) => pageSize(args) },
  // A refetch: at most two calls for one id (an SAE execution: DescribeJobStatus + its template).
  'Query.node': { kind: 'list', calls: () => 2, size: () => 1 },
  // Up to one call per id (EMR GetJobRun, SAE DescribeJobStatus have no batch read; an SAE
  // template id may be its own ListJobs) plus the batched lookups (PAI JobIds, SAE appIds,
  // Gravitino lists, EMR workspace scans), plus one template lookup per SAE execution id (SAE
  // looks AppIds up one per call, or batched with a per-id fallback).
  'Query.nodes': {
    kind: 'list',
    calls: ({ args, environment }) => {
      const ids = Array.isArray(args.ids) ? args.ids.length : 0;
      return ids === 0 ? 0 : ids + saeExecutionIdCount(args.ids) + lookupBatches(environment);
    },
    size: ({ args }) => (Array.isArray(args.ids) ? args.ids.length : 0),
  },
  // The Federation gateway's entity fetch (/subgraph): each representation is refetched by its id
  // exactly as `nodes(ids:)` refetches one (build-subgraph-schema.ts), so it costs the same; a
  // gateway batches a whole plan step into one call, so this is where its size is bounded.
  'Query._entities': {
    kind: 'list',
    calls: ({ args, environment }) => {
      const ids = representationIds(args.representations);
      return ids.length === 0 ? 0 : ids.length + saeExecutionIdCount(ids) + lookupBatches(environment);
    },
    size: ({ args }) => representationIds(args.representations).length,
  },
  // Template job lists of one metalake are split from one listJobs (gravitino-template-jobs.ts).
  'GravitinoJobTemplate.jobs': {
    kind: 'batched',
    batches: ({ environment }) => gravitinoMetalakeCount(environment),
    size: ({ args }) => pageSize(args),
  },
  // Workspace lookups: one ListWorkspaces scan per region per batch; free under Workspace.jobRuns,
  // whose workspace the loader already holds.
  'JobRun.workspace': {
    kind: 'batched',
    batches: ({ environment }) => environment.emrServerlessSpark.length * EMR_WORKSPACE_SCAN_PAGES,
    freeFrom: ['Workspace.jobRuns'],
  },
  // Template lookups: one ListJobs per AppId, or batched one per instance plus one per id the
  // batch lacked (SaeInstanceConfig.batchAppIdLookups). Free when already loaded: under a template;
  // under `jobs`, whose SAE sources are the templates it listed first (sae-job-feed.ts); under
  // `node`/`nodes`, which load an execution's template to name it (counted there).
  'SaeJobExecution.template': {
    kind: 'batched',
    batches: ({ environment }) => environment.sae.length,
    perObject: true,
    freeFrom: ['SaeJobTemplate.executions', 'Query.jobs', 'Query.nodes', 'Query.node'],
  },
  // Template lookups: one listJobTemplates per metalake per batch.
  'GravitinoJob.template': {
    kind: 'batched',
    batches: ({ environment }) => gravitinoMetalakeCount(environment),
  },
};
