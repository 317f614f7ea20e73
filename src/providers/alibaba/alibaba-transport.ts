import type { Readable } from 'node:stream';
import OpenApi, { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import type { AlibabaInstanceConfig } from '../../config/gateway-config';
import { UpstreamPolicy } from '../resilience/upstream-policy';
import { readJsonBody } from '../read-json-body';
import { createAlibabaCredential } from './alibaba-credential';
import { buildPathname, type AlibabaOperation, type AlibabaProductSpec } from './alibaba-operation';
import { classifyAlibabaError } from './classify-alibaba-error';

/** A query value as the product SDKs pass it: scalars, or arrays/objects to be JSON-encoded. */
export type AlibabaQueryValue =
  string | number | boolean | readonly unknown[] | Readonly<Record<string, unknown>> | null | undefined;

/** One call: the operation, its path params and its query (wire names). */
export interface AlibabaRequest {
  readonly operation: AlibabaOperation;
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, AlibabaQueryValue>>;
  /**
   * Checks a 200 body inside the attempt, throwing UpstreamError for answers that are failures
   * (SAE's `Success: false` envelope), so that retryable ones are retried like HTTP errors.
   */
  readonly validate?: (body: unknown) => void;
}

/**
 * Serializes a query like the generated SDKs: arrays and objects become ONE param holding JSON
 * (`arrayToStringWithSpecifiedStyle(x, name, 'json')`), scalars become strings, empties are dropped.
 */
export function toWireQuery(query: Readonly<Record<string, AlibabaQueryValue>>): Record<string, string> {
  const flat: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    flat[name] =
      typeof value === 'object' ? OpenApiUtil.arrayToStringWithSpecifiedStyle(value, name, 'json') : value;
  }
  return OpenApiUtil.query(flat);
}

/**
 * Signed calls to one Alibaba product instance (one account in one region) through the official
 * runtime's `callApi`, under the instance's UpstreamPolicy. Each attempt goes through `callApi`
 * again, so every retry carries a fresh date, nonce and signature.
 */
export class AlibabaTransport {
  readonly policy: UpstreamPolicy;
  private readonly client: OpenApi;

  constructor(
    readonly product: AlibabaProductSpec,
    readonly instance: AlibabaInstanceConfig,
  ) {
    this.policy = new UpstreamPolicy(product.provider, instance.resilience);
    const endpoint = instance.endpoint ?? {
      protocol: 'https' as const,
      host: product.endpointTemplate.replace('{regionId}', instance.regionId),
    };
    this.client = new OpenApi(
      new $OpenApiUtil.Config({
        credential: createAlibabaCredential(instance.credentials),
        endpoint: endpoint.host,
        protocol: endpoint.protocol,
        regionId: instance.regionId,
        readTimeout: instance.resilience.attemptTimeoutMs,
        connectTimeout: Math.min(instance.resilience.attemptTimeoutMs, 5_000),
      }),
    );
  }

  /** Makes the call; resolves with the parsed JSON body, rejects with UpstreamError. */
  call<T>(request: AlibabaRequest): Promise<T> {
    const { operation } = request;
    return this.policy.execute({
      operation: operation.action,
      idempotent: operation.idempotent,
      attempt: async (signal) => {
        try {
          const body = await this.attempt(request, signal);
          request.validate?.(body);
          return body as T;
        } catch (error) {
          throw classifyAlibabaError(this.product.provider, operation.action, error);
        }
      },
    });
  }

  private async attempt(request: AlibabaRequest, signal: AbortSignal): Promise<unknown> {
    const params = new $OpenApiUtil.Params({
      action: request.operation.action,
      version: this.product.version,
      protocol: 'HTTPS',
      pathname: buildPathname(request.operation.pathTemplate, request.pathParams ?? {}),
      method: request.operation.method,
      authType: 'AK',
      style: 'ROA',
      reqBodyType: 'json',
      // "binary" hands us the body stream, so we can cap its size and cut it at the deadline.
      bodyType: 'binary',
    });
    const openApiRequest = new $OpenApiUtil.OpenApiRequest({ query: toWireQuery(request.query ?? {}) });
    const response = (await this.client.callApi(params, openApiRequest, new $dara.RuntimeOptions({}))) as {
      body: Readable;
    };
    return readJsonBody(response.body, this.instance.resilience.maxResponseBytes, signal);
  }
}
