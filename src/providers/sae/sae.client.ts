import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import type { AlibabaOperation } from '../alibaba/alibaba-operation';
import { AlibabaTransport, type AlibabaQueryValue } from '../alibaba/alibaba-transport';
import type { UpstreamPolicy } from '../resilience/upstream-policy';
import { saeShapeError, unwrapSaeEnvelope, type SaeEnvelopeData } from './classify-sae-error';
import { SAE_OPERATIONS, SAE_PRODUCT } from './sae-operations';
import type {
  DescribeJobHistoryRequest,
  DescribeJobHistoryResponseBodyData,
  DescribeJobStatusRequest,
  DescribeJobStatusResponseBodyData,
  ListJobsRequest,
  ListJobsResponseBodyData,
} from './sae.dto';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` is a list of records that each carry a non-empty string `idField`. */
function isListOf(value: unknown, idField: string): boolean {
  return (
    Array.isArray(value) &&
    value.every((item) => isRecord(item) && typeof item[idField] === 'string' && item[idField] !== '')
  );
}

/**
 * Wire calls to SAE 2019-05-06 for one instance (account + region): signed through the official
 * runtime under the instance's policy, envelope checked, and the DTO shape the mapper relies on
 * (list containers and ids) verified, so a broken answer is a typed error, not a silent empty page.
 */
export class SaeClient {
  private readonly transport: AlibabaTransport;

  constructor(readonly instance: AlibabaInstanceConfig) {
    this.transport = new AlibabaTransport(SAE_PRODUCT, instance);
  }

  /** The instance's call policy (breaker state for readiness, stats for metrics). */
  get policy(): UpstreamPolicy {
    return this.transport.policy;
  }

  /** ListJobs: a page of job templates. `Workload` is always `job`, as the doc requires. */
  async listJobs(request: ListJobsRequest): Promise<ListJobsResponseBodyData> {
    const { data, requestId } = await this.call(SAE_OPERATIONS.ListJobs, { ...request, Workload: 'job' });
    if (!isListOf(data.Applications, 'AppId'))
      throw saeShapeError(
        SAE_PRODUCT.provider,
        'ListJobs',
        requestId,
        'a response without a valid Data.Applications',
      );
    return data as unknown as ListJobsResponseBodyData;
  }

  /** DescribeJobHistory: a page of one template's executions. */
  async describeJobHistory(request: DescribeJobHistoryRequest): Promise<DescribeJobHistoryResponseBodyData> {
    const { data, requestId } = await this.call(SAE_OPERATIONS.DescribeJobHistory, request);
    if (!isListOf(data.Jobs, 'JobId'))
      throw saeShapeError(
        SAE_PRODUCT.provider,
        'DescribeJobHistory',
        requestId,
        'a response without a valid Data.Jobs',
      );
    return data as unknown as DescribeJobHistoryResponseBodyData;
  }

  /** DescribeJobStatus: one execution. */
  async describeJobStatus(request: DescribeJobStatusRequest): Promise<DescribeJobStatusResponseBodyData> {
    const { data, requestId } = await this.call(SAE_OPERATIONS.DescribeJobStatus, request);
    if (!isListOf([data], 'JobId'))
      throw saeShapeError(
        SAE_PRODUCT.provider,
        'DescribeJobStatus',
        requestId,
        'a response without a valid Data.JobId',
      );
    return data as unknown as DescribeJobStatusResponseBodyData;
  }

  private async call(operation: AlibabaOperation, query: object): Promise<SaeEnvelopeData> {
    // The DTO request types hold only scalars, which is what the transport's query accepts.
    const body = await this.transport.call<unknown>({
      operation,
      query: query as Readonly<Record<string, AlibabaQueryValue>>,
      // Inside the attempt, so a `Success: false` throttling or 5xx envelope is retried.
      validate: (answer) => void unwrapSaeEnvelope(SAE_PRODUCT.provider, operation.action, answer),
    });
    return unwrapSaeEnvelope(SAE_PRODUCT.provider, operation.action, body);
  }
}
