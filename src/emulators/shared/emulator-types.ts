import type { IncomingHttpHeaders } from 'node:http';

/** A request as an emulator route sees it: raw path, decoded query, raw body. */
export interface EmulatorRequest {
  readonly method: string;
  /** The path exactly as received, before `?`, still percent-encoded (signatures are computed over it). */
  readonly rawPath: string;
  /** The raw query string without `?` ('' when absent). */
  readonly rawQuery: string;
  /** Decoded query parameters; for a repeated key the last value wins, as upstream gateways do. */
  readonly query: Readonly<Record<string, string>>;
  /** Lower-cased header names, as node:http gives them. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** A fresh id for this request (upper-case UUID), used as RequestId in Alibaba bodies. */
  readonly requestId: string;
}

/** What a route answers: a status, a JSON-serializable body and extra headers. */
export interface EmulatorResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown by a route or an authenticator to answer with a provider-formatted error. */
export class EmulatorResponseError extends Error {
  constructor(readonly response: EmulatorResponse) {
    super(`emulator error response ${response.status}`);
    this.name = 'EmulatorResponseError';
  }
}

/** One operation of a provider API. */
export interface EmulatorRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template with `:name` segments, e.g. `/api/v1/workspaces/:workspaceId/jobRuns`. */
  readonly pattern: string;
  /** Operation name as the provider calls it (the `x-acs-action` for Alibaba APIs), e.g. `ListJobRuns`. */
  readonly operation: string;
  /** Answers the call. Path params arrive percent-decoded. May throw EmulatorResponseError. */
  handle(
    request: EmulatorRequest,
    params: Readonly<Record<string, string>>,
  ): EmulatorResponse | Promise<EmulatorResponse>;
}

/** The provider-specific parts an emulator plugs into the shared HTTP server. */
export interface ProviderEmulatorDefinition {
  /** Provider key, as in the endpoints JSON: emrServerlessSpark | paiDlc | sae | gravitino. */
  readonly name: string;
  readonly routes: readonly EmulatorRoute[];
  /**
   * Checks the caller before the route runs (signature, auth). Throws EmulatorResponseError to reject.
   * Called after the route matched, so it may check that x-acs-action fits `route.operation`.
   */
  authenticate?(request: EmulatorRequest, route: EmulatorRoute): void;
  /** The provider's own answer to a path or method it does not have. */
  notFound(request: EmulatorRequest): EmulatorResponse;
  /** The provider's error body for an injected `status` fault. */
  errorResponse(
    request: EmulatorRequest,
    error: { status: number; code: string; message: string },
  ): EmulatorResponse;
  /** The provider's throttling answer, carrying the retry-after hint it documents. */
  throttleResponse(request: EmulatorRequest, retryAfterMs: number): EmulatorResponse;
  /** The provider's answer to an unexpected failure inside the emulator (never a bare 500). */
  internalError(request: EmulatorRequest): EmulatorResponse;
}

/** Fault kinds accepted by `POST /_emulator/faults`. */
export type FaultSpec =
  | {
      kind: 'status';
      status: number;
      code: string;
      message: string;
      /**
       * Members laid over the provider's error body (e.g. `HostId`, `Recommend`, `RequestId` of an
       * Alibaba body, Gravitino's `stack`), for tests of what a gateway does with every member a
       * real upstream can fill.
       */
      fields?: Readonly<Record<string, string | readonly string[]>>;
    }
  | { kind: 'throttle'; retryAfterMs: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'malformed' }
  | { kind: 'truncate' }
  | { kind: 'reset' }
  | { kind: 'slowBody'; bytesPerSecond: number };

/** A queued fault: applies to the next `times` calls of `operation` (or of any operation). */
export type QueuedFault = FaultSpec & { operation?: string; times: number };

/** One entry of the request log served at `GET /_emulator/requests`. */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** x-acs-action for Alibaba calls, else the matched route's operation, else null. */
  readonly action: string | null;
  /** The matched route's operation, or null for unknown paths. */
  readonly operation: string | null;
  /** ISO-8601 time the request arrived. */
  readonly timestamp: string;
  /** The HTTP status answered (0 when the connection was reset). */
  status: number;
  /** The fault applied to this request, if any. */
  fault: FaultSpec['kind'] | null;
  /** The `x-acs-security-token` header (an STS caller's token), or null: lets a test see it travelled. */
  readonly securityToken: string | null;
}

/** Dataset size preset: `small` for tests and demos, `large` for benchmarks. */
export type EmulatorScale = 'small' | 'large';

/** What every provider emulator factory receives. */
export interface EmulatorDataOptions {
  readonly seed: string;
  readonly scale: EmulatorScale;
  /** Epoch ms that generated times are relative to; data lies in the 30 days before it. */
  readonly referenceTime: number;
}
