import { Pool } from 'undici';
import type { GravitinoInstanceConfig } from '../../config/gateway-config';
import { UpstreamError } from '../../errors/upstream.error';
import { BodyReadError, readJsonBody } from '../read-json-body';
import { UpstreamPolicy } from '../resilience/upstream-policy';
import {
  gravitinoHttpError,
  gravitinoRefusedRequest,
  gravitinoTransportError,
  gravitinoUnexpectedBody,
} from './classify-gravitino-error';

/** The media type Gravitino's VersioningFilter reads to pick API version 1. */
export const GRAVITINO_ACCEPT = 'application/vnd.gravitino.v1+json';

/** One GET: the operation name (for errors and metrics), path segments (encoded here) and query. */
export interface GravitinoGet {
  readonly operation: string;
  /** Path under `/api`, as raw segments: `['metalakes', name, 'jobs', 'runs']`. Each is percent-encoded. */
  readonly segments: readonly string[];
  readonly query?: Readonly<Record<string, string | undefined>>;
}

/**
 * Encodes one path segment. encodeURIComponent leaves `.` alone, so a whole `.` or `..` segment
 * would still be a dot-segment that servers and proxies resolve (RFC 3986 §5.2.4); its dots are
 * encoded too. Returns undefined for an empty segment, which would select another route (`runs/` is the list).
 */
export function encodePathSegment(segment: string): string | undefined {
  if (segment === '') return undefined;
  return /^\.+$/.test(segment) ? segment.replace(/\./g, '%2E') : encodeURIComponent(segment);
}

/**
 * Calls to one Gravitino server over a keep-alive undici Pool, under the instance's UpstreamPolicy.
 * Every path segment is percent-encoded, so an id like `../x`, `..` or `a/b` can never change the route.
 */
export class GravitinoTransport {
  readonly policy: UpstreamPolicy;
  private readonly pool: Pool;
  private readonly basePath: string;

  constructor(readonly instance: GravitinoInstanceConfig) {
    this.policy = new UpstreamPolicy('GRAVITINO', instance.resilience);
    const url = new URL(instance.url);
    this.basePath = `${url.pathname.replace(/\/+$/, '')}/api`;
    this.pool = new Pool(url.origin, {
      connections: instance.resilience.maxConcurrent,
      keepAliveTimeout: 30_000,
      headersTimeout: instance.resilience.attemptTimeoutMs,
      bodyTimeout: instance.resilience.attemptTimeoutMs,
    });
  }

  private authorization(): string {
    const auth = this.instance.auth;
    return auth.type === 'oauth'
      ? `Bearer ${auth.token.reveal()}`
      : `Basic ${Buffer.from(`${auth.user}:dummy`).toString('base64')}`;
  }

  /** The request target, or undefined when a segment is empty. */
  private path(request: GravitinoGet): string | undefined {
    const segments = request.segments.map(encodePathSegment);
    if (segments.some((segment) => segment === undefined)) return undefined;
    const path = `${this.basePath}/${segments.join('/')}`;
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) query.set(key, value);
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  }

  /** GETs and parses the JSON body; rejects with UpstreamError. Only GETs: every read is retried. */
  get<T>(request: GravitinoGet): Promise<T> {
    const path = this.path(request);
    if (path === undefined)
      return Promise.reject(gravitinoRefusedRequest(request.operation, 'a name or id in the path is empty'));
    return this.policy.execute({
      operation: request.operation,
      idempotent: true,
      attempt: async (signal) => {
        try {
          const response = await this.pool.request({
            method: 'GET',
            path,
            headers: { accept: GRAVITINO_ACCEPT, authorization: this.authorization() },
            signal,
          });
          const failed = response.statusCode >= 400;
          const body = await readJsonBody(
            response.body,
            this.instance.resilience.maxResponseBytes,
            signal,
          ).catch((error: unknown) => {
            // A proxy's HTML error page is still an HTTP error, classified by its status.
            if (failed && error instanceof BodyReadError && error.failure === 'malformed') return undefined;
            throw error;
          });
          if (failed) {
            const retryAfter = response.headers['retry-after'];
            throw gravitinoHttpError(
              request.operation,
              response.statusCode,
              body,
              Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
            );
          }
          // A 2xx is a success only with Gravitino's `code: 0`; a numeric other code is its error
          // envelope, anything else (a proxy's JSON, `{}`) is not this API at all.
          const code = (body as { code?: unknown } | null)?.code;
          if (code !== 0) {
            throw typeof code === 'number'
              ? gravitinoHttpError(request.operation, response.statusCode, body, undefined)
              : gravitinoUnexpectedBody(request.operation, response.statusCode);
          }
          return body as T;
        } catch (error) {
          throw error instanceof UpstreamError ? error : gravitinoTransportError(request.operation, error);
        }
      },
    });
  }

  /** Closes the pool's sockets. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
