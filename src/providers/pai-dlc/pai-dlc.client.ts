import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import { UpstreamError } from '../../errors/upstream.error';
import { AlibabaTransport, type AlibabaQueryValue } from '../alibaba/alibaba-transport';
import type { UpstreamPolicy } from '../resilience/upstream-policy';
import type { GetJobRequest, GetJobResponseBody, ListJobsRequest, ListJobsResponseBody } from './pai-dlc.dto';
import { PAI_DLC_OPERATIONS, PAI_DLC_PRODUCT } from './pai-dlc-operations';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A job record the mapper can key: an object with a non-empty string JobId. */
const isJob = (value: unknown): boolean =>
  isRecord(value) && typeof value.JobId === 'string' && value.JobId !== '';

const requestIdOf = (body: unknown): string | null =>
  isRecord(body) && typeof body.RequestId === 'string' && body.RequestId !== '' ? body.RequestId : null;

function shapeError(operation: string, body: unknown, member: string): UpstreamError {
  return new UpstreamError({
    provider: PAI_DLC_PRODUCT.provider,
    operation,
    code: null,
    requestId: requestIdOf(body),
    classification: 'UPSTREAM_ERROR',
    retryable: false,
    status: 200,
    message: `${PAI_DLC_PRODUCT.provider} ${operation} returned a response without a valid ${member}.`,
  });
}

/**
 * Wire calls to PAI-DLC 2020-12-03 for one instance (account + region): signed through the official
 * runtime under the instance's policy, and the DTO shape the mapper relies on (the Jobs list, every
 * JobId) verified, so a broken answer is a typed error, not a silent empty page.
 */
export class PaiDlcClient {
  private readonly transport: AlibabaTransport;

  constructor(readonly instance: AlibabaInstanceConfig) {
    this.transport = new AlibabaTransport(PAI_DLC_PRODUCT, instance);
  }

  /** The instance's call policy (breaker state for readiness, stats for metrics). */
  get policy(): UpstreamPolicy {
    return this.transport.policy;
  }

  /** ListJobs: one page of jobs. `Tags` travels as one JSON-object query value, as the SDK sends it. */
  async listJobs(request: ListJobsRequest): Promise<ListJobsResponseBody> {
    const body = await this.transport.call<unknown>({
      operation: PAI_DLC_OPERATIONS.ListJobs,
      // The request holds scalars and the Tags map, which is what the transport's query accepts.
      query: request as Readonly<Record<string, AlibabaQueryValue>>,
    });
    if (!isRecord(body)) throw shapeError('ListJobs', body, 'body');
    // An empty result may come without its list; anything else without one is broken.
    if (body.Jobs === undefined && body.TotalCount === 0) return { ...body, Jobs: [] };
    if (!Array.isArray(body.Jobs) || !body.Jobs.every(isJob)) throw shapeError('ListJobs', body, 'Jobs');
    return body as unknown as ListJobsResponseBody;
  }

  /** GetJob: one job, its fields at the top level of the body. Unknown ids fail with NOT_FOUND. */
  async getJob(jobId: string, request: GetJobRequest = {}): Promise<GetJobResponseBody> {
    const body = await this.transport.call<unknown>({
      operation: PAI_DLC_OPERATIONS.GetJob,
      pathParams: { JobId: jobId },
      query: request as Readonly<Record<string, AlibabaQueryValue>>,
    });
    if (!isJob(body)) throw shapeError('GetJob', body, 'JobId');
    return body as GetJobResponseBody;
  }
}
