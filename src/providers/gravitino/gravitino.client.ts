import type { GravitinoInstanceConfig } from '../../config/gateway-config';
import type { UpstreamPolicy } from '../resilience/upstream-policy';
import type {
  JobListResponse,
  JobResponse,
  JobTemplateListResponse,
  JobTemplateResponse,
  ListJobsQuery,
  MetalakeListResponse,
  MetalakeResponse,
} from './gravitino.dto';
import { GRAVITINO_OPERATIONS, checkGravitinoBody, type GravitinoOperation } from './gravitino-operations';
import { GravitinoTransport } from './gravitino-transport';

/**
 * The wire calls of the Gravitino jobs API (reads only) to one configured server, returning the
 * DTOs as sent. Paths are given as raw segments; the transport encodes each one, retries, times out
 * and classifies.
 */
export class GravitinoClient {
  private readonly transport: GravitinoTransport;

  constructor(readonly instance: GravitinoInstanceConfig) {
    this.transport = new GravitinoTransport(instance);
  }

  /** The server's call policy (breaker state for readiness, stats for metrics). */
  get policy(): UpstreamPolicy {
    return this.transport.policy;
  }

  private async get<T>(
    spec: GravitinoOperation,
    segments: readonly string[],
    query?: Readonly<Record<string, string | undefined>>,
  ): Promise<T> {
    const body = await this.transport.get<T>({
      operation: spec.operation,
      segments,
      ...(query ? { query } : {}),
    });
    return checkGravitinoBody(spec, body);
  }

  /** `GET /api/metalakes`. */
  listMetalakes(): Promise<MetalakeListResponse> {
    return this.get(GRAVITINO_OPERATIONS.listMetalakes, ['metalakes']);
  }

  /** `GET /api/metalakes/{metalake}`. */
  getMetalake(metalake: string): Promise<MetalakeResponse> {
    return this.get(GRAVITINO_OPERATIONS.loadMetalake, ['metalakes', metalake]);
  }

  /** `GET /api/metalakes/{metalake}/jobs/runs` with every documented filter; the whole list, no paging. */
  listJobs(metalake: string, query: ListJobsQuery = {}): Promise<JobListResponse> {
    return this.get(GRAVITINO_OPERATIONS.listJobs, ['metalakes', metalake, 'jobs', 'runs'], { ...query });
  }

  /** `GET /api/metalakes/{metalake}/jobs/runs/{jobId}`. */
  getJob(metalake: string, jobId: string): Promise<JobResponse> {
    return this.get(GRAVITINO_OPERATIONS.getJob, ['metalakes', metalake, 'jobs', 'runs', jobId]);
  }

  /** `GET /api/metalakes/{metalake}/jobs/templates?details=true`: every template in full. */
  listJobTemplates(metalake: string): Promise<JobTemplateListResponse> {
    return this.get(GRAVITINO_OPERATIONS.listJobTemplates, ['metalakes', metalake, 'jobs', 'templates'], {
      details: 'true',
    });
  }

  /** `GET /api/metalakes/{metalake}/jobs/templates/{jobTemplate}`. */
  getJobTemplate(metalake: string, name: string): Promise<JobTemplateResponse> {
    return this.get(GRAVITINO_OPERATIONS.getJobTemplate, ['metalakes', metalake, 'jobs', 'templates', name]);
  }

  /** Closes the transport's connections. */
  close(): Promise<void> {
    return this.transport.close();
  }
}
