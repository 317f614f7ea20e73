import OpenApi, { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';
import type { CallOutcome } from './fault-contract';

/** Options for an official-runtime client pointed at a local emulator. */
export interface RoaClientOptions {
  /** The emulator's base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  /** `v2` selects the legacy `acs AK:signature` HMAC-SHA1 scheme; default is ACS3-HMAC-SHA256. */
  readonly signatureAlgorithm?: 'v2';
}

/** One ROA call, as a generated product SDK would describe it. */
export interface RoaCall {
  readonly action: string;
  readonly version: string;
  readonly method: 'GET' | 'POST' | 'DELETE' | 'PUT';
  readonly pathname: string;
  /** Scalars, or strings that already hold JSON (see `jsonParam`). */
  readonly query?: Record<string, string | number | boolean | undefined>;
}

/** The runtime's answer: status, headers and parsed JSON body. */
export interface RoaResult {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Creates an `@alicloud/openapi-core` client for an emulator, with the emulator's credentials by default. */
export function createRoaClient(options: RoaClientOptions): OpenApi {
  const url = new URL(options.url);
  return new OpenApi(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId ?? DEFAULT_EMULATOR_CREDENTIAL.accessKeyId,
      accessKeySecret: options.accessKeySecret ?? DEFAULT_EMULATOR_CREDENTIAL.accessKeySecret,
      endpoint: url.host,
      protocol: url.protocol.replace(':', ''),
      ...(options.signatureAlgorithm ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
}

/** Serializes an array or object param exactly as the generated SDKs do (one JSON-string value). */
export function jsonParam(value: unknown, name: string): string {
  return OpenApiUtil.arrayToStringWithSpecifiedStyle(value, name, 'json');
}

/** Makes one call through the official runtime's `callApi`, as the product SDKs do. */
export async function callRoa(client: OpenApi, call: RoaCall): Promise<RoaResult> {
  const params = new $OpenApiUtil.Params({
    action: call.action,
    version: call.version,
    protocol: 'HTTPS',
    pathname: call.pathname,
    method: call.method,
    authType: 'AK',
    style: 'ROA',
    reqBodyType: 'json',
    bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(call.query ?? {}) });
  const result = (await client.callApi(params, request, new $dara.RuntimeOptions({}))) as RoaResult;
  return result;
}

/** Normalizes an official-runtime call into the shared fault suite's outcome shape. */
export async function roaOutcome(call: Promise<RoaResult>): Promise<CallOutcome> {
  try {
    return { ok: true, body: (await call).body };
  } catch (error) {
    const e = error as { statusCode?: number; code?: string; retryAfter?: number };
    return {
      ok: false,
      ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      ...(typeof e.retryAfter === 'number' ? { retryAfterMs: e.retryAfter } : {}),
    };
  }
}
