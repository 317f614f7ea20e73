import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { ROOT_CONTEXT, trace, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import type { RequestTrace } from '../request/request-trace';

/** Where a traced request's RequestTrace rides on its GraphQL context object (a key no resolver reads by name). */
const REQUEST_TRACE = Symbol('jobgraph.requestTrace');

/** The W3C `traceparent`/`tracestate` headers only: no baggage, nothing else of the caller's. */
const propagator = new W3CTraceContextPropagator();

/** Reads headers from Apollo's HeaderMap (lower-cased names). */
const headerGetter: TextMapGetter<ReadonlyMap<string, string>> = {
  get: (carrier, key) => carrier.get(key.toLowerCase()),
  keys: (carrier) => [...carrier.keys()],
};

/** A request span and the RequestTrace its resolvers and upstream calls hang under. */
export interface StartedRequestTrace {
  readonly span: Span;
  readonly trace: RequestTrace;
}

/**
 * Starts the span of one GraphQL request, as a child of the caller's `traceparent` when it sends
 * one. Undefined when the span does not record (a caller's unsampled trace): then no resolver or
 * upstream span is made either.
 */
export function startRequestTrace(
  tracer: Tracer,
  headers: ReadonlyMap<string, string> | undefined,
): StartedRequestTrace | undefined {
  const parent = headers ? propagator.extract(ROOT_CONTEXT, headers, headerGetter) : ROOT_CONTEXT;
  const span = tracer.startSpan('graphql.request', {}, parent);
  if (!span.isRecording()) {
    span.end();
    return undefined;
  }
  return { span, trace: { tracer, context: trace.setSpan(parent, span), resolverSpans: new Map() } };
}

/** Hangs a request's trace on its context object, for the resolver wrappers. */
export function attachRequestTrace(context: object, requestTrace: RequestTrace): void {
  (context as Record<symbol, unknown>)[REQUEST_TRACE] = requestTrace;
}

/** The trace of the request a context belongs to; undefined when it is not traced. */
export function requestTraceOf(context: unknown): RequestTrace | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  return (context as Record<symbol, RequestTrace | undefined>)[REQUEST_TRACE];
}
