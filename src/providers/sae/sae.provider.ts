import type { SaeInstanceConfig } from '../../config/gateway-config';
import type { SaeJobExecution, SaeJobTemplate } from '../../domain/sae-job';
import type { SaeJobExecutionFilter, SaeJobTemplateFilter } from '../../domain/sae-job-filter';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { LogSink } from '../../errors/log-sink';
import { UpstreamError } from '../../errors/upstream.error';
import type { NumberedPage } from '../../domain/upstream-page';
import { currentRequestScope } from '../../request/request-scope';
import {
  checkSaePage,
  checkListableAppIds,
  checkSaeState,
  isListableAppId,
  lookupScopeOf,
  toListJobsRequest,
  type SaeLookupScope,
  type SaePageRequest,
  type SaeTemplateRef,
} from './sae-query';
import {
  SAE_JOB_HISTORY_MAX_PAGE_SIZE,
  SAE_LIST_JOBS_MAX_PAGE_SIZE,
} from '../../domain/upstream-page-limits';
import { SaeClient } from './sae.client';
import { toSaeJobExecution, toSaeJobTemplate, type SaeWireRefusal } from './sae.mapper';
import { lookUpSaeTemplates, type SaeJobTemplateLookup } from './sae-template-lookup';
import type { BreakerState, UpstreamProvider } from '../upstream-provider';
import type { UpstreamCache } from '../../cache/upstream-cache';
import { normalizeJobStatus } from '../../domain/job-status';
import { SAE_STATUS_TABLE } from '../../domain/sae-job-status';
import { CachedReads, ttlOfStatus } from '../cached-reads';
import type { UpstreamCallObserver } from '../resilience/upstream-call-observer';

export type { SaeJobTemplateLookup } from './sae-template-lookup';

/** How an SAE provider works beyond its client. */
export interface SaeProviderOptions {
  /** Several AppIds per ListJobs, falling back per id (SaeInstanceConfig.batchAppIdLookups); default false. */
  readonly batchAppIdLookups?: boolean;
  /** Hears lookups that fell back per id (debug) and wire values refused (warn). */
  readonly log?: LogSink;
  /** The cross-request cache its reads go through; none: every read calls. */
  readonly cache?: UpstreamCache;
}

/** What the GraphQL layer (through its loaders) reads from one SAE instance. */
export interface SaeProvider extends UpstreamProvider {
  /**
   * ListJobs: a page of job templates, every documented filter mapped. An appIds filter is a page
   * of findJobTemplates, since FieldValue documents one value.
   */
  listJobTemplates(filter: SaeJobTemplateFilter, page: SaePageRequest): Promise<NumberedPage<SaeJobTemplate>>;
  /**
   * Templates by AppId in key order (a DataLoader batch function), each call carrying `scope`: one
   * ListJobs per distinct id, or, batching, one per 200 ids plus one per id its answer lacks.
   */
  getJobTemplatesByIds(appIds: readonly string[], scope?: SaeLookupScope): Promise<SaeJobTemplateLookup[]>;
  /**
   * The templates of an appIds listing, in the order of the ids, duplicates once: its ids looked up
   * with its other filters pushed down (OrderBy has nothing to order in a one-id answer). A blank
   * or comma-holding id is BAD_USER_INPUT; the first failed call fails the listing.
   */
  findJobTemplates(appIds: readonly string[], scope?: SaeLookupScope): Promise<SaeJobTemplate[]>;
  /** DescribeJobHistory: a page of one template's executions, newest first. Unknown AppId → NOT_FOUND. */
  listJobExecutions(
    template: string | SaeTemplateRef,
    filter: SaeJobExecutionFilter,
    page: SaePageRequest,
  ): Promise<NumberedPage<SaeJobExecution>>;
  /** DescribeJobStatus: one execution, or null when the template or the execution does not exist. */
  getJobExecution(template: string | SaeTemplateRef, jobId: string): Promise<SaeJobExecution | null>;
}

const refOf = (template: string | SaeTemplateRef): SaeTemplateRef =>
  typeof template === 'string' ? { appId: template } : template;

/** When SAE leaves TotalSize out, the most we can say is what this page proves. */
const totalOf = (totalSize: number | undefined, page: SaePageRequest, itemCount: number): number =>
  typeof totalSize === 'number' && Number.isFinite(totalSize)
    ? totalSize
    : (page.currentPage - 1) * page.pageSize + itemCount;

/** One page of a list held whole. */
export function pageOfList<T>(items: readonly T[], page: SaePageRequest): NumberedPage<T> {
  const start = (page.currentPage - 1) * page.pageSize;
  return { items: items.slice(start, start + page.pageSize), totalCount: items.length };
}

/** The SAE provider of one instance, over its client: paging in SAE's own page-number style, lookups by id. */
export class SaeUpstreamProvider implements SaeProvider {
  readonly instanceId: string;
  private readonly batch: boolean;
  private readonly log: LogSink;
  private readonly reads: CachedReads;

  constructor(
    readonly client: SaeClient,
    options: SaeProviderOptions = {},
  ) {
    this.instanceId = client.instance.id;
    this.batch = options.batchAppIdLookups ?? false;
    this.log = options.log ?? (() => undefined);
    this.reads = new CachedReads(options.cache, 'SAE', this.instanceId);
  }

  /** A provider with its own client for the instance, batching as the instance's config says. */
  static forInstance(
    instance: SaeInstanceConfig,
    options: { log?: LogSink; cache?: UpstreamCache } = {},
  ): SaeUpstreamProvider {
    return new SaeUpstreamProvider(new SaeClient(instance), {
      batchAppIdLookups: instance.batchAppIdLookups ?? false,
      ...options,
    });
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

  async listJobTemplates(
    filter: SaeJobTemplateFilter,
    page: SaePageRequest,
  ): Promise<NumberedPage<SaeJobTemplate>> {
    checkSaePage(page, SAE_LIST_JOBS_MAX_PAGE_SIZE);
    if (filter.field?.type === 'appIds')
      return pageOfList(await this.findJobTemplates(filter.field.value, lookupScopeOf(filter)), page);
    const request = toListJobsRequest(filter, page);
    const data = await this.reads.read('ListJobs', request, 'catalog', () => this.client.listJobs(request));
    const refused = this.refusals('ListJobs');
    const items = data.Applications.map((dto) => toSaeJobTemplate(dto, this.instanceId, refused));
    return { items, totalCount: totalOf(data.TotalSize, page, items.length) };
  }

  async getJobTemplatesByIds(
    appIds: readonly string[],
    scope: SaeLookupScope = {},
  ): Promise<SaeJobTemplateLookup[]> {
    const wanted = [...new Set(appIds.filter(isListableAppId))];
    const refused = this.refusals('ListJobs');
    const found = await lookUpSaeTemplates(
      wanted,
      async (ids) => {
        const request = toListJobsRequest(
          { ...scope, field: { type: 'appIds', value: ids } },
          { currentPage: 1, pageSize: ids.length },
        );
        const data = await this.reads.read('ListJobs', request, 'catalog', () =>
          this.client.listJobs(request),
        );
        return data.Applications.map((dto) => toSaeJobTemplate(dto, this.instanceId, refused));
      },
      { instanceId: this.instanceId, batch: this.batch, log: this.log },
    );
    return appIds.map((id) => found.get(id) ?? null);
  }

  async findJobTemplates(appIds: readonly string[], scope: SaeLookupScope = {}): Promise<SaeJobTemplate[]> {
    checkListableAppIds(appIds);
    const distinct = [...new Set(appIds)];
    const slots = await this.getJobTemplatesByIds(distinct, scope);
    const failure = slots.find((slot) => slot instanceof UpstreamError);
    if (failure) throw failure;
    return slots.filter((slot): slot is SaeJobTemplate => slot !== null && !(slot instanceof UpstreamError));
  }

  async listJobExecutions(
    template: string | SaeTemplateRef,
    filter: SaeJobExecutionFilter,
    page: SaePageRequest,
  ): Promise<NumberedPage<SaeJobExecution>> {
    const ref = refOf(template);
    if (ref.appId.trim() === '')
      throw new BadUserInputError('appId must not be empty.', { argument: 'appId' });
    checkSaePage(page, SAE_JOB_HISTORY_MAX_PAGE_SIZE);
    checkSaeState(filter.state);
    const request = {
      AppId: ref.appId,
      CurrentPage: page.currentPage,
      PageSize: page.pageSize,
      ...(filter.state !== undefined ? { State: filter.state } : {}),
    };
    const data = await this.reads.read('DescribeJobHistory', request, 'list', () =>
      this.client.describeJobHistory(request),
    );
    const refused = this.refusals('DescribeJobHistory');
    const items = data.Jobs.map((dto) => toSaeJobExecution(dto, ref, this.instanceId, refused));
    return { items, totalCount: totalOf(data.TotalSize, page, items.length) };
  }

  async getJobExecution(template: string | SaeTemplateRef, jobId: string): Promise<SaeJobExecution | null> {
    const ref = refOf(template);
    if (ref.appId.trim() === '' || jobId.trim() === '') return null;
    try {
      const request = { AppId: ref.appId, JobId: jobId };
      const data = await this.reads.read(
        'DescribeJobStatus',
        request,
        (read) => ttlOfStatus(normalizeJobStatus(SAE_STATUS_TABLE, read.State)),
        () => this.client.describeJobStatus(request),
      );
      return toSaeJobExecution(data, ref, this.instanceId, this.refusals('DescribeJobStatus'));
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Logs each wire value the mapper refused: field and number only, nothing else from the body. */
  private refusals(operation: string): SaeWireRefusal {
    const requestId = currentRequestScope()?.requestId ?? '-';
    return (field, value) =>
      this.log(
        `SAE ${operation} sent ${field}=${typeof value === 'number' ? value : 'a non-number'}, ` +
          `which only makes sense as epoch milliseconds (SAE documents seconds); answered null ` +
          `instance=${this.instanceId} request=${requestId}`,
        'warn',
      );
  }
}
