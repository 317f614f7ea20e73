import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import type { PaiJob } from '../../domain/pai-job';
import type { PaiJobFilter } from '../../domain/pai-job-filter';
import { UpstreamError } from '../../errors/upstream.error';
import type { NumberedPage } from '../../domain/upstream-page';
import {
  checkPaiJobFilter,
  checkPaiPage,
  matchesNothing,
  toListJobsRequest,
  type PaiPageRequest,
} from './pai-dlc-query';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE } from '../../domain/upstream-page-limits';
import { PaiDlcClient } from './pai-dlc.client';
import { toPaiJob } from './pai-dlc.mapper';
import type { BreakerState, UpstreamProvider } from '../upstream-provider';
import type { UpstreamCache } from '../../cache/upstream-cache';
import { normalizeJobStatus } from '../../domain/job-status';
import { PAI_STATUS_TABLE } from '../../domain/pai-job-status';
import { CachedReads, ttlOfStatus } from '../cached-reads';
import { MappedBodies } from '../mapped-bodies';
import type { UpstreamCallObserver } from '../resilience/upstream-call-observer';

/** One slot of a batched lookup: the job, null for an unknown id, or the error of its call. */
export type PaiJobLookup = PaiJob | null | UpstreamError;

/** GetJob's options. */
export interface PaiGetJobOptions {
  /** NeedDetail (default true): false leaves out pods and restart records, for a lighter answer. */
  readonly needDetail?: boolean;
}

/** What the GraphQL layer (through its loaders) reads from one PAI-DLC instance. */
export interface PaiDlcProvider extends UpstreamProvider {
  /**
   * ListJobs: one page, every documented filter mapped. Without `filter.window.from` the provider
   * sends an explicit wide window (from PAI_DEFAULT_WINDOW_START_MS), so PAI's silent 7-day default
   * never hides old jobs. Page sizes run from 1 to PAI_LIST_JOBS_MAX_PAGE_SIZE.
   */
  listJobs(filter: PaiJobFilter, page: PaiPageRequest): Promise<NumberedPage<PaiJob>>;
  /** GetJob: the job with its GetJob-only fields, or null when PAI does not know the id (NOT_FOUND). */
  getJob(jobId: string, options?: PaiGetJobOptions): Promise<PaiJob | null>;
  /**
   * Jobs by id in key order (a DataLoader batch function): one ListJobs call (JobIds, wide window)
   * per 100 distinct ids. Items come from ListJobs, so GetJob-only fields are absent.
   */
  getJobsByIds(jobIds: readonly string[]): Promise<PaiJobLookup[]>;
}

/** When PAI leaves TotalCount out, the most we can say is what this page proves. */
const totalOf = (totalCount: number | undefined, page: PaiPageRequest, itemCount: number): number =>
  typeof totalCount === 'number' && Number.isFinite(totalCount)
    ? totalCount
    : (page.pageNumber - 1) * page.pageSize + itemCount;

/** Whether an id can travel in JobIds, which PAI splits at commas. */
const isListableId = (jobId: string): boolean => jobId.trim() !== '' && !jobId.includes(',');

/** The PAI-DLC provider of one instance, over its client: paging in PAI's own page-number style, lookups batched. */
export class PaiDlcUpstreamProvider implements PaiDlcProvider {
  readonly instanceId: string;
  private readonly reads: CachedReads;
  private readonly jobPages = new MappedBodies<NumberedPage<PaiJob>>();

  constructor(
    readonly client: PaiDlcClient,
    options: { readonly cache?: UpstreamCache } = {},
  ) {
    this.instanceId = client.instance.id;
    this.reads = new CachedReads(options.cache, 'PAI_DLC', this.instanceId);
  }

  /** A provider with its own client for the instance; its reads go through `cache` when given. */
  static forInstance(
    instance: AlibabaInstanceConfig,
    options: { readonly cache?: UpstreamCache } = {},
  ): PaiDlcUpstreamProvider {
    return new PaiDlcUpstreamProvider(new PaiDlcClient(instance), options);
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

  async listJobs(filter: PaiJobFilter, page: PaiPageRequest): Promise<NumberedPage<PaiJob>> {
    checkPaiPage(page, PAI_LIST_JOBS_MAX_PAGE_SIZE);
    checkPaiJobFilter(filter);
    // An empty JobIds/ResourceIds value filters nothing upstream, so "none of these" would list everything.
    if (matchesNothing(filter)) return { items: [], totalCount: 0 };
    const request = toListJobsRequest(filter, page);
    const body = await this.reads.read('ListJobs', request, 'list', () => this.client.listJobs(request));
    // A cache hit is the same body: its page is mapped once per refresh (mapped-bodies.ts).
    return this.jobPages.of(body, '', () => {
      const items = body.Jobs.map((dto) => toPaiJob(dto, 'ListJobs', this.instanceId));
      return { items, totalCount: totalOf(body.TotalCount, page, items.length) };
    });
  }

  async getJob(jobId: string, options: PaiGetJobOptions = {}): Promise<PaiJob | null> {
    if (jobId.trim() === '') return null;
    try {
      const query = options.needDetail === undefined ? {} : { NeedDetail: options.needDetail };
      const body = await this.reads.read(
        'GetJob',
        { jobId, query },
        (read) => ttlOfStatus(normalizeJobStatus(PAI_STATUS_TABLE, read.Status)),
        () => this.client.getJob(jobId, query),
      );
      return toPaiJob(body, 'GetJob', this.instanceId);
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  async getJobsByIds(jobIds: readonly string[]): Promise<PaiJobLookup[]> {
    const wanted = [...new Set(jobIds.filter(isListableId))];
    const found = new Map<string, PaiJobLookup>();
    const chunks: string[][] = [];
    for (let i = 0; i < wanted.length; i += PAI_LIST_JOBS_MAX_PAGE_SIZE)
      chunks.push(wanted.slice(i, i + PAI_LIST_JOBS_MAX_PAGE_SIZE));
    await Promise.all(
      chunks.map(async (chunk) => {
        try {
          // One call answers the chunk, unless the server serves fewer jobs a page than asked (the
          // doc states no largest PageSize): then TotalCount tells how many are left, read in pages
          // of the size it served, which it numbers the same whichever size it counts pages in.
          const first = await this.listJobs({ jobIds: chunk }, { pageNumber: 1, pageSize: chunk.length });
          const served = first.items.length;
          const pages = [first];
          for (let n = 2; served > 0 && (n - 1) * served < first.totalCount; n++)
            pages.push(await this.listJobs({ jobIds: chunk }, { pageNumber: n, pageSize: served }));
          for (const page of pages) for (const job of page.items) found.set(job.jobId, job);
        } catch (error) {
          // Only this chunk's keys fail; the others keep their answers.
          if (!(error instanceof UpstreamError)) throw error;
          for (const id of chunk) if (!found.has(id)) found.set(id, error);
        }
      }),
    );
    return jobIds.map((id) => found.get(id) ?? null);
  }
}
