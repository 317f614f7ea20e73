import type { GravitinoInstanceConfig } from '../../config/gateway-config';
import type { GravitinoJob, GravitinoJobList } from '../../domain/gravitino-job';
import { matchesGravitinoJobFilter, type GravitinoJobFilter } from '../../domain/gravitino-job-filter';
import { compareGravitinoJobs } from '../../domain/gravitino-job-order';
import type { GravitinoJobTemplate } from '../../domain/gravitino-job-template';
import type { GravitinoMetalake } from '../../domain/gravitino-metalake';
import { UpstreamError } from '../../errors/upstream.error';
import { GravitinoClient } from './gravitino.client';
import type { JobListResponse } from './gravitino.dto';
import { refuseRunTimesFrom, requireName, templateOnlyQuery, toListJobsQuery } from './gravitino-query';
import {
  countedJobList,
  toGravitinoJob,
  toGravitinoJobList,
  toGravitinoJobTemplate,
  toGravitinoMetalake,
} from './gravitino.mapper';
import type { BreakerState, UpstreamProvider } from '../upstream-provider';
import type { UpstreamCache } from '../../cache/upstream-cache';
import { normalizeGravitinoStatus } from '../../domain/gravitino-job-status';
import { CachedReads, ttlOfStatus } from '../cached-reads';
import { MappedBodies } from '../mapped-bodies';
import type { UpstreamCallObserver } from '../resilience/upstream-call-observer';

/** Resolves to null when the upstream says the entity (or its metalake) does not exist. */
async function nullIfNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The records of a whole-list answer picked out in key order (same length, null for unknown keys).
 * Only wanted records are mapped, once each, so repeated keys share one object.
 */
function inKeyOrder<D, T>(
  keys: readonly string[],
  records: readonly D[],
  keyOf: (dto: D) => string,
  map: (dto: D) => T,
): (T | null)[] {
  const wanted = new Set(keys);
  const found = new Map<string, T>();
  for (const dto of records) {
    const key = keyOf(dto);
    if (wanted.has(key) && !found.has(key)) found.set(key, map(dto));
  }
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * What the loaders read from ONE configured Gravitino server, in domain terms. Gravitino does not
 * page: lists come whole (the GraphQL layer slices them). Lookups by id in one metalake are batched
 * into ONE upstream call (a list call for two or more, the get call for one); unknown ids give null.
 */
export interface GravitinoProvider extends UpstreamProvider {
  /** The metalakes this server is configured with (what a gateway lists by default). */
  readonly metalakes: readonly string[];
  /** Every metalake on the server. */
  listMetalakes(): Promise<GravitinoMetalake[]>;
  /** One metalake, or null when it does not exist. */
  getMetalake(name: string): Promise<GravitinoMetalake | null>;
  /** The whole filtered, sorted job list of a metalake with its counts per status, whatever the server's version. */
  listJobs(metalake: string, filter?: GravitinoJobFilter): Promise<GravitinoJobList>;
  /** One job, or null when it (or its metalake) does not exist. */
  getJob(metalake: string, jobId: string): Promise<GravitinoJob | null>;
  /** Jobs by id in key order (null for unknown ids), with ONE upstream call for the whole batch. */
  getJobsByIds(metalake: string, jobIds: readonly string[]): Promise<(GravitinoJob | null)[]>;
  /** Every job template of a metalake, in full (`details=true`). */
  listJobTemplates(metalake: string): Promise<GravitinoJobTemplate[]>;
  /** One job template, or null when it (or its metalake) does not exist. */
  getJobTemplate(metalake: string, name: string): Promise<GravitinoJobTemplate | null>;
  /** Templates by name in key order (null for unknown names), with ONE upstream call for the whole batch. */
  getJobTemplatesByNames(
    metalake: string,
    names: readonly string[],
  ): Promise<(GravitinoJobTemplate | null)[]>;
}

/** The Gravitino provider of one server, over its client. */
export class GravitinoUpstreamProvider implements GravitinoProvider {
  readonly instanceId: string;
  readonly metalakes: readonly string[];
  private readonly reads: CachedReads;
  private readonly jobLists = new MappedBodies<GravitinoJobList>();

  constructor(
    readonly client: GravitinoClient,
    options: { readonly cache?: UpstreamCache } = {},
  ) {
    this.instanceId = client.instance.id;
    this.metalakes = client.instance.metalakes;
    this.reads = new CachedReads(options.cache, 'GRAVITINO', this.instanceId);
  }

  /** A provider with its own client (and connection pool) for the server; its reads go through `cache` when given. */
  static forInstance(
    instance: GravitinoInstanceConfig,
    options: { readonly cache?: UpstreamCache } = {},
  ): GravitinoUpstreamProvider {
    return new GravitinoUpstreamProvider(new GravitinoClient(instance), options);
  }

  get breakerState(): BreakerState {
    return this.client.policy.breakerState;
  }

  observeCalls(observer: UpstreamCallObserver): () => void {
    return this.client.policy.observe(observer);
  }

  /** Closes the server's connection pool. */
  close(): Promise<void> {
    return this.client.close();
  }

  async listMetalakes(): Promise<GravitinoMetalake[]> {
    const body = await this.reads.read('ListMetalakes', {}, 'catalog', () => this.client.listMetalakes());
    return body.metalakes.map((dto) => toGravitinoMetalake(dto, this.instanceId));
  }

  async getMetalake(name: string): Promise<GravitinoMetalake | null> {
    requireName(name, 'metalake');
    const body = await nullIfNotFound(
      this.reads.read('GetMetalake', { name }, 'catalog', () => this.client.getMetalake(name)),
    );
    return body && toGravitinoMetalake(body.metalake, this.instanceId);
  }

  /**
   * main filters, sorts and counts; v1.3.0 ignores all but the template and answers in its store's
   * order. Either way the list is whole, so when the server may not have applied the filter (it
   * is configured as 1.3.0, or its answer lacks the `statusCounts` main always sends) the
   * filter, the order and the counts are applied here.
   */
  async listJobs(metalake: string, filter: GravitinoJobFilter = {}): Promise<GravitinoJobList> {
    requireName(metalake, 'metalake');
    const { version } = this.client.instance;
    const query = toListJobsQuery(filter);
    if (version === '1.3.0') refuseRunTimesFrom(this.instanceId, filter);
    const sent = version === '1.3.0' ? templateOnlyQuery(query) : query;
    const body = await this.reads.read('ListJobs', { metalake, query: sent }, 'list', () =>
      this.client.listJobs(metalake, sent),
    );
    // One body may answer several filters (1.3.0 ignores all but the template): the variant is the filter.
    return this.jobLists.of(body, JSON.stringify([metalake, filter]), () =>
      this.toJobList(body, metalake, filter),
    );
  }

  /** A listJobs answer as the list the filter asks for, filtered, sorted and counted here when the server did not. */
  private toJobList(body: JobListResponse, metalake: string, filter: GravitinoJobFilter): GravitinoJobList {
    const { version } = this.client.instance;
    const list = toGravitinoJobList(body, { instanceId: this.instanceId, metalake });
    if (version !== '1.3.0' && list.statusCountsSource === 'UPSTREAM') return list;
    // Jobs but none with a queuedAt: the server reports no job times, so none can be filtered on
    // (an empty list is the right answer to any filter).
    if (list.jobs.length > 0 && list.jobs.every((job) => job.queuedAt === null))
      refuseRunTimesFrom(this.instanceId, filter);
    return countedJobList(
      list.jobs
        .filter((job) => matchesGravitinoJobFilter(job, filter))
        .sort(compareGravitinoJobs(filter.sortBy, filter.sortOrder)),
    );
  }

  async getJob(metalake: string, jobId: string): Promise<GravitinoJob | null> {
    requireName(metalake, 'metalake');
    if (jobId === '') return null;
    const body = await nullIfNotFound(
      this.reads.read(
        'GetJob',
        { metalake, jobId },
        (read) => ttlOfStatus(normalizeGravitinoStatus(read.job.status)),
        () => this.client.getJob(metalake, jobId),
      ),
    );
    return body && toGravitinoJob(body.job, { instanceId: this.instanceId, metalake });
  }

  async getJobsByIds(metalake: string, jobIds: readonly string[]): Promise<(GravitinoJob | null)[]> {
    requireName(metalake, 'metalake');
    const wanted = [...new Set(jobIds.filter((id) => id !== ''))];
    if (wanted.length <= 1) {
      const job = wanted[0] === undefined ? null : await this.getJob(metalake, wanted[0]);
      return jobIds.map((id) => (job && id === job.jobId ? job : null));
    }
    const body = await nullIfNotFound(
      this.reads.read('ListJobs', { metalake }, 'list', () => this.client.listJobs(metalake)),
    );
    const scope = { instanceId: this.instanceId, metalake };
    return inKeyOrder(
      jobIds,
      body?.jobs ?? [],
      (dto) => dto.jobId,
      (dto) => toGravitinoJob(dto, scope),
    );
  }

  async listJobTemplates(metalake: string): Promise<GravitinoJobTemplate[]> {
    requireName(metalake, 'metalake');
    const body = await this.reads.read('ListJobTemplates', { metalake }, 'catalog', () =>
      this.client.listJobTemplates(metalake),
    );
    return body.jobTemplates.map((dto) =>
      toGravitinoJobTemplate(dto, { instanceId: this.instanceId, metalake }),
    );
  }

  async getJobTemplate(metalake: string, name: string): Promise<GravitinoJobTemplate | null> {
    requireName(metalake, 'metalake');
    if (name === '') return null;
    const body = await nullIfNotFound(
      this.reads.read('GetJobTemplate', { metalake, name }, 'catalog', () =>
        this.client.getJobTemplate(metalake, name),
      ),
    );
    return body && toGravitinoJobTemplate(body.jobTemplate, { instanceId: this.instanceId, metalake });
  }

  async getJobTemplatesByNames(
    metalake: string,
    names: readonly string[],
  ): Promise<(GravitinoJobTemplate | null)[]> {
    requireName(metalake, 'metalake');
    const wanted = [...new Set(names.filter((name) => name !== ''))];
    if (wanted.length <= 1) {
      const template = wanted[0] === undefined ? null : await this.getJobTemplate(metalake, wanted[0]);
      return names.map((name) => (template && name === template.name ? template : null));
    }
    const body = await nullIfNotFound(
      this.reads.read('ListJobTemplates', { metalake }, 'catalog', () =>
        this.client.listJobTemplates(metalake),
      ),
    );
    const scope = { instanceId: this.instanceId, metalake };
    return inKeyOrder(
      names,
      body?.jobTemplates ?? [],
      (dto) => dto.name,
      (dto) => toGravitinoJobTemplate(dto, scope),
    );
  }
}
