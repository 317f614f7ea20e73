import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import { UpstreamError } from '../../errors/upstream.error';
import type { AlibabaOperation } from '../alibaba/alibaba-operation';
import { AlibabaTransport, type AlibabaQueryValue } from '../alibaba/alibaba-transport';
import type { UpstreamPolicy } from '../resilience/upstream-policy';
import type {
  GetJobRunResponseBody,
  ListJobRunsRequest,
  ListJobRunsResponseBody,
} from './emr-serverless-spark.dto';
import {
  EMR_SERVERLESS_SPARK_OPERATIONS,
  EMR_SERVERLESS_SPARK_PRODUCT,
} from './emr-serverless-spark-operations';
import type { ListWorkspacesRequest, ListWorkspacesResponseBody } from './emr-serverless-spark-workspace.dto';

type Body = Readonly<Record<string, unknown>>;

/**
 * Wire calls to one EMR Serverless Spark instance (an account in a region). Returns the DTOs; the
 * only checks are of the envelope, so a body of the wrong shape fails here as a typed error rather
 * than deeper down as a TypeError. Every call carries the instance's regionId.
 */
export class EmrServerlessSparkClient {
  private readonly transport: AlibabaTransport;

  constructor(readonly instance: AlibabaInstanceConfig) {
    this.transport = new AlibabaTransport(EMR_SERVERLESS_SPARK_PRODUCT, instance);
  }

  /** The instance's call policy (breaker state, counters). */
  get policy(): UpstreamPolicy {
    return this.transport.policy;
  }

  /** ListWorkspaces `GET /api/v1/workspaces`. */
  async listWorkspaces(query: Omit<ListWorkspacesRequest, 'regionId'>): Promise<ListWorkspacesResponseBody> {
    const operation = EMR_SERVERLESS_SPARK_OPERATIONS.ListWorkspaces;
    const body = await this.call(operation, {}, query);
    return { ...body, workspaces: listOf(body, 'workspaces', operation) } as ListWorkspacesResponseBody;
  }

  /** ListJobRuns `GET /api/v1/workspaces/{workspaceId}/jobRuns`. */
  async listJobRuns(
    workspaceId: string,
    query: Omit<ListJobRunsRequest, 'regionId'>,
  ): Promise<ListJobRunsResponseBody> {
    const operation = EMR_SERVERLESS_SPARK_OPERATIONS.ListJobRuns;
    const body = await this.call(operation, { workspaceId }, query);
    return { ...body, jobRuns: listOf(body, 'jobRuns', operation) } as ListJobRunsResponseBody;
  }

  /** GetJobRun `GET /api/v1/workspaces/{workspaceId}/jobRuns/{jobRunId}`; a missing run rejects with NOT_FOUND. */
  async getJobRun(workspaceId: string, jobRunId: string): Promise<GetJobRunResponseBody> {
    const operation = EMR_SERVERLESS_SPARK_OPERATIONS.GetJobRun;
    const body = await this.call(operation, { workspaceId, jobRunId }, {});
    const jobRun = body.jobRun;
    if (typeof jobRun !== 'object' || jobRun === null || Array.isArray(jobRun))
      throw unexpectedShape(operation, body);
    return body as unknown as GetJobRunResponseBody;
  }

  private async call(
    operation: AlibabaOperation,
    pathParams: Readonly<Record<string, string>>,
    query: object,
  ): Promise<Body> {
    const body = await this.transport.call<unknown>({
      operation,
      pathParams,
      query: { ...(query as Record<string, AlibabaQueryValue>), regionId: this.instance.regionId },
    });
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw unexpectedShape(operation, body);
    return body as Body;
  }
}

/** The list under `key`; absent or null is an empty page (tolerant reader), anything else is an error. */
function listOf(body: Body, key: string, operation: AlibabaOperation): unknown[] {
  const list = body[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw unexpectedShape(operation, body);
  return list;
}

function unexpectedShape(operation: AlibabaOperation, body: unknown): UpstreamError {
  const requestId = typeof body === 'object' && body !== null ? (body as Body).requestId : undefined;
  return new UpstreamError({
    provider: EMR_SERVERLESS_SPARK_PRODUCT.provider,
    operation: operation.action,
    code: null,
    requestId: typeof requestId === 'string' ? requestId : null,
    classification: 'UPSTREAM_ERROR',
    retryable: false,
    message: `${EMR_SERVERLESS_SPARK_PRODUCT.provider} ${operation.action} returned a response of an unexpected shape.`,
  });
}
