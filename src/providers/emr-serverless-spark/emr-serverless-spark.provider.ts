import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import type { JobRun } from '../../domain/job-run';
import type { EmrJobRunFilter } from '../../domain/job-run-filter';
import type { Workspace } from '../../domain/workspace';
import type { EmrWorkspaceFilter } from '../../domain/workspace-filter';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { UpstreamError } from '../../errors/upstream.error';
import type { TokenPage } from '../../domain/upstream-page';
import { EMR_MAX_RESULTS } from '../../domain/upstream-page-limits';
import { EmrServerlessSparkClient } from './emr-serverless-spark.client';
import { listJobRunsQuery, listWorkspacesQuery, type EmrPageRequest } from './emr-serverless-spark-query';
import { mapJobRunDetail, mapListJobRun } from './emr-serverless-spark.mapper';
import { mapWorkspace } from './emr-serverless-spark-workspace.mapper';
import type { BreakerState, UpstreamProvider } from '../upstream-provider';
import type { UpstreamCache } from '../../cache/upstream-cache';
import { emrJobRunStatus } from '../../domain/job-run-status';
import { CachedReads, ttlOfStatus } from '../cached-reads';
import { MappedBodies } from '../mapped-bodies';
import type { UpstreamCallObserver } from '../resilience/upstream-call-observer';

/** Tuning of the provider; the default is what production uses. */
export interface EmrServerlessSparkProviderOptions {
  /** Page size of the workspace scan behind getWorkspacesByIds (default and maximum: 100). */
  readonly workspaceScanPageSize?: number;
  /** The cross-request cache its reads go through; none: every read calls. */
  readonly cache?: UpstreamCache;
}

/** Far above any real account's workspaces in one region; past it a scan fails rather than loop. */
const MAX_SCANNED_WORKSPACES = 10_000;

/**
 * Ids that no EMR object can have and that could move a path: percent-encoding leaves "." and ".."
 * as they are, and a gateway normalizing dot segments (or collapsing an empty one) would then route
 * `/workspaces/../jobRuns` somewhere else. Such ids are refused before any call.
 */
function isPathSafeId(id: string): boolean {
  return id !== '' && id !== '.' && id !== '..';
}

/** "" and absent both mean "last page". */
function tokenOrNull(token: unknown): string | null {
  return typeof token === 'string' && token !== '' ? token : null;
}

function countOrNull(count: unknown): number | null {
  return typeof count === 'number' && Number.isFinite(count) ? count : null;
}

/**
 * What the loaders read from one EMR Serverless Spark instance (account + region), in the upstream's
 * own paging style: forward `nextToken` pages of at most 100.
 */
export interface EmrServerlessSparkProvider extends UpstreamProvider {
  /** ListWorkspaces: one page of the region's workspaces matching `filter`. */
  listWorkspaces(filter: EmrWorkspaceFilter, page: EmrPageRequest): Promise<TokenPage<Workspace>>;
  /** Workspaces by id in key order (a DataLoader batch function), null for ids the region does not have. */
  getWorkspacesByIds(ids: readonly string[]): Promise<(Workspace | null)[]>;
  /** ListJobRuns: one page of a workspace's job runs matching `filter`; an unknown workspace rejects with NOT_FOUND. */
  listJobRuns(workspaceId: string, filter: EmrJobRunFilter, page: EmrPageRequest): Promise<TokenPage<JobRun>>;
  /** GetJobRun: one job run with its driver spec and configurations; null when it (or its workspace) does not exist. */
  getJobRun(workspaceId: string, jobRunId: string): Promise<JobRun | null>;
}

/** The EMR Serverless Spark provider of one instance, over its client. */
export class EmrServerlessSparkUpstreamProvider implements EmrServerlessSparkProvider {
  readonly instanceId: string;
  private readonly scanPageSize: number;
  private readonly reads: CachedReads;
  private readonly runPages = new MappedBodies<TokenPage<JobRun>>();

  constructor(
    readonly client: EmrServerlessSparkClient,
    options: EmrServerlessSparkProviderOptions = {},
  ) {
    this.instanceId = client.instance.id;
    this.reads = new CachedReads(options.cache, 'EMR_SERVERLESS_SPARK', this.instanceId);
    this.scanPageSize = Math.min(
      EMR_MAX_RESULTS,
      Math.max(1, options.workspaceScanPageSize ?? EMR_MAX_RESULTS),
    );
  }

  /** A provider with its own client for the instance. */
  static forInstance(
    instance: AlibabaInstanceConfig,
    options: EmrServerlessSparkProviderOptions = {},
  ): EmrServerlessSparkUpstreamProvider {
    return new EmrServerlessSparkUpstreamProvider(new EmrServerlessSparkClient(instance), options);
  }

  get breakerState(): BreakerState {
    return this.client.policy.breakerState;
  }

  observeCalls(observer: UpstreamCallObserver): () => void {
    return this.client.policy.observe(observer);
  }

  /** Nothing to release: the Alibaba runtime's keep-alive agents are process-wide, not per instance. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  async listWorkspaces(filter: EmrWorkspaceFilter, page: EmrPageRequest): Promise<TokenPage<Workspace>> {
    const query = listWorkspacesQuery(filter, page);
    const body = await this.reads.read('ListWorkspaces', query, 'catalog', () =>
      this.client.listWorkspaces(query),
    );
    return {
      items: body.workspaces.map((dto) => mapWorkspace(dto, this.instanceId)),
      nextToken: tokenOrNull(body.nextToken),
      totalCount: countOrNull(body.totalCount),
    };
  }

  /**
   * ListWorkspaces has no id filter (and there is no GetWorkspace), so one batch is ONE scan of the region's workspaces at
   * 100 per page, ending as soon as every id was seen: at most ceil(workspaces / 100) calls per batch.
   */
  async getWorkspacesByIds(ids: readonly string[]): Promise<(Workspace | null)[]> {
    const wanted = new Set(ids);
    const found = new Map<string, Workspace>();
    if (wanted.size === 0) return [];
    const seenTokens = new Set<string>();
    let scanned = 0;
    let nextToken: string | null = null;
    for (let pages = 1; ; pages++) {
      const page = await this.listWorkspaces({}, { maxResults: this.scanPageSize, nextToken });
      scanned += page.items.length;
      for (const workspace of page.items) {
        if (wanted.has(workspace.workspaceId)) found.set(workspace.workspaceId, workspace);
      }
      nextToken = page.nextToken;
      if (found.size === wanted.size || nextToken === null) break;
      // A repeated token (or an endless list) would loop forever; answering null for ids we never
      // reached would be wrong data. Fail the batch instead. Bounded by workspaces seen, not by
      // pages of the size asked: the doc states no largest page, and a server may serve fewer.
      const endless = scanned >= MAX_SCANNED_WORKSPACES || pages >= MAX_SCANNED_WORKSPACES;
      if (seenTokens.has(nextToken) || endless) throw this.pagingError('ListWorkspaces');
      seenTokens.add(nextToken);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async listJobRuns(
    workspaceId: string,
    filter: EmrJobRunFilter,
    page: EmrPageRequest,
  ): Promise<TokenPage<JobRun>> {
    if (!isPathSafeId(workspaceId)) {
      throw new BadUserInputError('workspaceId is not an EMR Serverless Spark workspace id.', {
        argument: 'workspaceId',
      });
    }
    const query = listJobRunsQuery(filter, page);
    const body = await this.reads.read('ListJobRuns', { workspaceId, query }, 'list', () =>
      this.client.listJobRuns(workspaceId, query),
    );
    const context = { instanceId: this.instanceId, workspaceId };
    // A cache hit is the same body: its page is mapped once per refresh (mapped-bodies.ts).
    return this.runPages.of(body, workspaceId, () => ({
      items: body.jobRuns.map((dto) => mapListJobRun(dto, context)),
      nextToken: tokenOrNull(body.nextToken),
      totalCount: countOrNull(body.totalCount),
    }));
  }

  async getJobRun(workspaceId: string, jobRunId: string): Promise<JobRun | null> {
    if (!isPathSafeId(workspaceId) || !isPathSafeId(jobRunId)) return null;
    try {
      const body = await this.reads.read(
        'GetJobRun',
        { workspaceId, jobRunId },
        (read) => ttlOfStatus(emrJobRunStatus(read.jobRun.state)),
        () => this.client.getJobRun(workspaceId, jobRunId),
      );
      return mapJobRunDetail(body.jobRun, { instanceId: this.instanceId, workspaceId, jobRunId });
    } catch (error) {
      // A 404 for the API itself (InvalidApi.NotFound) is a misroute, not a missing run: let it surface.
      if (
        error instanceof UpstreamError &&
        error.code === 'NOT_FOUND' &&
        error.upstreamCode !== 'InvalidApi.NotFound'
      ) {
        return null;
      }
      throw error;
    }
  }

  private pagingError(operation: string): UpstreamError {
    return new UpstreamError({
      provider: 'EMR_SERVERLESS_SPARK',
      operation,
      code: null,
      requestId: null,
      classification: 'UPSTREAM_ERROR',
      retryable: false,
      message: `EMR_SERVERLESS_SPARK ${operation} paging did not come to an end; the scan was stopped.`,
    });
  }
}
