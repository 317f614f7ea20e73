import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogFields, LogSink } from '../errors/log-sink';
import type { RequestScope } from '../request/request-scope';
import type { GatewayMetrics } from './gateway-metrics';
import { errorCodeLabel } from './metric-labels';
import { OperationLabels } from './operation-label';

/** What one GraphQL HTTP request did, filled in as it runs (the metrics plugin) and reported once, when it ends. */
export interface RequestRecord {
  readonly startedAt: number;
  scope: RequestScope | undefined;
  /** The resolved operation's name (null: anonymous); undefined while no operation resolved. */
  operationName: string | null | undefined;
  readonly errorCodes: string[];
}

/** A request that never resolved an operation: refused before Apollo, or a document that failed. */
const UNRESOLVED = 'unresolved';

/** The status of a response the client hung up on before it was sent (nginx's convention). */
const CLIENT_CLOSED = 499;

/**
 * Follows each /graphql request from arrival to its last byte and then writes its one access log
 * line (level `info`) and its request metrics. The HTTP handler binds the request's scope
 * (`bind`); the metrics plugin reaches the record through the request's scope
 * of the request they work for (`current`). Records live in WeakMaps: nothing outlives its request.
 */
export class RequestObserver {
  private readonly byRequest = new WeakMap<IncomingMessage, RequestRecord>();
  private readonly byScope = new WeakMap<RequestScope, RequestRecord>();
  private readonly labels = new OperationLabels();

  constructor(
    private readonly metrics: GatewayMetrics,
    private readonly log: LogSink,
  ) {}

  /** Starts following `req`; its line is written once `res` is sent, or the client left. */
  begin(req: IncomingMessage, res: ServerResponse): void {
    const record: RequestRecord = {
      startedAt: performance.now(),
      scope: undefined,
      operationName: undefined,
      errorCodes: [],
    };
    this.byRequest.set(req, record);
    // 'finish' (the last byte went to the socket) comes before the client can read the answer, so
    // the line is written by then; 'close' alone means the client left before the answer was sent.
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      res.off('finish', end);
      res.off('close', end);
      this.end(record, res);
    };
    res.once('finish', end);
    res.once('close', end);
  }

  /** Links the request's scope (created by the HTTP handler once the caller is admitted). */
  bind(req: IncomingMessage, scope: RequestScope): void {
    const record = this.byRequest.get(req);
    if (!record) return;
    record.scope = scope;
    this.byScope.set(scope, record);
  }

  /**
   * The request was answered before Apollo saw it (a refusal: body limit, auth, rate, parser
   * limits, drain): the codes of `body.errors` are counted here, as Apollo's are by the metrics
   * plugin, which such a request never reaches, so each error is counted once.
   */
  refused(req: IncomingMessage, body: unknown): void {
    const record = this.byRequest.get(req);
    if (!record) return;
    const errors = (body as { readonly errors?: unknown } | null)?.errors;
    if (!Array.isArray(errors)) return;
    for (const error of errors) {
      const code = (error as { readonly extensions?: { readonly code?: unknown } } | null)?.extensions?.code;
      record.errorCodes.push(errorCodeLabel(code));
    }
  }

  /** The record of the request `scope` belongs to, if it is one this observer follows. */
  recordOf(scope: RequestScope | undefined): RequestRecord | undefined {
    return scope ? this.byScope.get(scope) : undefined;
  }

  private end(record: RequestRecord, res: ServerResponse): void {
    const durationMs = performance.now() - record.startedAt;
    const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
    const operation =
      record.operationName === undefined ? UNRESOLVED : this.labels.label(record.operationName);
    this.metrics.requestEnded(operation, status, durationMs, record.errorCodes);
    const upstream = record.scope?.upstream;
    const fields: LogFields = {
      event: 'request',
      requestId: record.scope?.requestId ?? null,
      operation,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      upstreamCalls: upstream?.calls ?? 0,
      upstreamCallsByProvider: { ...upstream?.byProvider },
      cacheHits: record.scope?.cacheHits.hits ?? 0,
      errorCodes: [...new Set(record.errorCodes)],
    };
    this.log(`request ${operation} ${status}`, 'info', fields);
  }
}
