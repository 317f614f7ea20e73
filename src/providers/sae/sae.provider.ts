import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import type { SaeJobExecution, SaeJobTemplate } from '../../domain/sae-job';
import type { SaeJobExecutionFilter, SaeJobTemplateFilter } from '../../domain/sae-job-filter';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { UpstreamError } from '../../errors/upstream.error';
import type { NumberedPage } from '../../domain/upstream-page';
import {
  checkSaePage,
  checkSaeState,
  isListableAppId,
  toListJobsRequest,
  type SaePageRequest,
  type SaeTemplateRef,
} from './sae-query';
import {
  SAE_JOB_HISTORY_MAX_PAGE_SIZE,
  SAE_LIST_JOBS_MAX_PAGE_SIZE,
} from '../../domain/upstream-page-limits';
import { SaeClient } from './sae.client';
import { toSaeJobExecution, toSaeJobTemplate } from './sae.mapper';
import type { BreakerState, UpstreamProvider } from '../upstream-provider';

/** The AppIds of one lookup call: ListJobs pages hold at most 200 templates. */
const LOOKUP_CHUNK = SAE_LIST_JOBS_MAX_PAGE_SIZE;

/** One slot of a batched lookup: the template, null for an unknown id, or the error of its call. */
export type SaeJobTemplateLookup = SaeJobTemplate | null | UpstreamError;

/** What the GraphQL layer (through its loaders) reads from one SAE instance. */
export interface SaeProvider extends UpstreamProvider {
  /** ListJobs: a page of job templates, every documented filter mapped. */
  listJobTemplates(filter: SaeJobTemplateFilter, page: SaePageRequest): Promise<NumberedPage<SaeJobTemplate>>;
  /** Templates by AppId in key order (a DataLoader batch function): one ListJobs call per 200 distinct ids. */
  getJobTemplatesByIds(appIds: readonly string[]): Promise<SaeJobTemplateLookup[]>;
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

/** The SAE provider of one instance, over its client: paging in SAE's own page-number style, lookups batched. */
export class SaeUpstreamProvider implements SaeProvider {
  readonly instanceId: string;

  constructor(readonly client: SaeClient) {
    this.instanceId = client.instance.id;
  }

  /** A provider with its own client for the instance. */
  static forInstance(instance: AlibabaInstanceConfig): SaeUpstreamProvider {
    return new SaeUpstreamProvider(new SaeClient(instance));
  }

  get breakerState(): BreakerState {
    return this.client.policy.breakerState;
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
    const request = toListJobsRequest(filter, page);
    // An empty FieldValue filters nothing upstream, so "none of these ids" would list everything.
    if (filter.field?.type === 'appIds' && filter.field.value.length === 0)
      return { items: [], totalCount: 0 };
    const data = await this.client.listJobs(request);
    const items = data.Applications.map((dto) => toSaeJobTemplate(dto, this.instanceId));
    return { items, totalCount: totalOf(data.TotalSize, page, items.length) };
  }

  async getJobTemplatesByIds(appIds: readonly string[]): Promise<SaeJobTemplateLookup[]> {
    const wanted = [...new Set(appIds.filter(isListableAppId))];
    const found = new Map<string, SaeJobTemplateLookup>();
    const chunks: string[][] = [];
    for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) chunks.push(wanted.slice(i, i + LOOKUP_CHUNK));
    await Promise.all(
      chunks.map(async (chunk) => {
        try {
          const data = await this.client.listJobs(
            toListJobsRequest(
              { field: { type: 'appIds', value: chunk } },
              { currentPage: 1, pageSize: chunk.length },
            ),
          );
          for (const dto of data.Applications) found.set(dto.AppId, toSaeJobTemplate(dto, this.instanceId));
        } catch (error) {
          // Only this chunk's keys fail; the others keep their answers.
          const failure = error instanceof UpstreamError ? error : null;
          if (failure === null) throw error;
          for (const id of chunk) if (!found.has(id)) found.set(id, failure);
        }
      }),
    );
    return appIds.map((id) => found.get(id) ?? null);
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
    const data = await this.client.describeJobHistory({
      AppId: ref.appId,
      CurrentPage: page.currentPage,
      PageSize: page.pageSize,
      ...(filter.state !== undefined ? { State: filter.state } : {}),
    });
    const items = data.Jobs.map((dto) => toSaeJobExecution(dto, ref, this.instanceId));
    return { items, totalCount: totalOf(data.TotalSize, page, items.length) };
  }

  async getJobExecution(template: string | SaeTemplateRef, jobId: string): Promise<SaeJobExecution | null> {
    const ref = refOf(template);
    if (ref.appId.trim() === '' || jobId.trim() === '') return null;
    try {
      const data = await this.client.describeJobStatus({ AppId: ref.appId, JobId: jobId });
      return toSaeJobExecution(data, ref, this.instanceId);
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
