import { AsyncLocalStorage } from 'node:async_hooks';
import { SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';

/**
 * A traced request, as the resolvers and the upstream calls below them see it: the tracer of its
 * gateway, the context of its request span, and the resolver spans started so far (by response
 * path) so a nested resolver's span hangs under its nearest traced ancestor.
 */
export interface RequestTrace {
  readonly tracer: Tracer;
  readonly context: Context;
  readonly resolverSpans: Map<string, Span>;
}

/** One resolver running in a traced request; its span exists only once it reaches an upstream call. */
export interface ResolverFrame {
  readonly request: RequestTrace;
  /** Response path (`workspaces.nodes.0.jobRuns`): names and list indices, never argument values. */
  readonly path: string;
  /** Paths of the enclosing fields, nearest first. */
  readonly ancestors: readonly string[];
  /** `Workspace.jobRuns`. */
  readonly field: string;
  readonly startTime: number;
  span?: Span;
  settled: boolean;
}

/** How one upstream attempt ends: a success, or the error it failed with. */
export interface UpstreamAttemptSpan {
  end(error?: unknown): void;
}

/** Where a request's upstream calls start their spans; read once when a call starts. */
export interface UpstreamTraceParent {
  startAttempt(provider: string, operation: string, attempt: number): UpstreamAttemptSpan;
}

/** Holds the running resolver only in traced requests: untraced requests never enter it. */
const frames = new AsyncLocalStorage<ResolverFrame>();

/** Runs a resolver (and everything it starts, loaders included) inside its frame. */
export function runInResolverFrame<T>(frame: ResolverFrame, fn: () => T): T {
  return frames.run(frame, fn);
}

/** The span of a resolver that reached an upstream call, started then with the resolver's start time. */
function resolverSpan(frame: ResolverFrame): Span {
  if (frame.span) return frame.span;
  const { request } = frame;
  let parent = request.context;
  for (const path of frame.ancestors) {
    const span = request.resolverSpans.get(path);
    if (span) {
      parent = trace.setSpan(request.context, span);
      break;
    }
  }
  const span = request.tracer.startSpan(`resolve ${frame.field}`, { startTime: frame.startTime }, parent);
  if (span.isRecording())
    span.setAttributes({ 'graphql.field.path': frame.path, 'graphql.field.name': frame.field });
  frame.span = span;
  request.resolverSpans.set(frame.path, span);
  return span;
}

/** The outcome a span may show: a typed code, never a message (it may quote an upstream). */
function outcomeCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Ends a resolver's span, if it has one, when the resolver settles. */
export function settleResolverFrame(frame: ResolverFrame, error?: unknown): void {
  frame.settled = true;
  const span = frame.span;
  if (!span) return;
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: outcomeCode(error) });
  span.end();
}

/**
 * The trace parent of an upstream call started here, or undefined outside a traced resolver (so an
 * untraced request pays one async-local lookup per call and nothing else). Reaching it starts the
 * resolver's span: only resolvers that reach an upstream call through a loader get one.
 */
export function upstreamTraceParent(): UpstreamTraceParent | undefined {
  const frame = frames.getStore();
  if (!frame) return undefined;
  const { tracer } = frame.request;
  const parent = frame.settled
    ? frame.request.context
    : trace.setSpan(frame.request.context, resolverSpan(frame));
  return {
    startAttempt(provider, operation, attempt) {
      const span = tracer.startSpan(`${provider} ${operation}`, {}, parent);
      if (span.isRecording())
        span.setAttributes({
          'jobgraph.upstream.provider': provider,
          'jobgraph.upstream.operation': operation,
          'jobgraph.upstream.attempt': attempt,
        });
      return {
        end(error) {
          if (span.isRecording()) {
            const status = (error as { status?: unknown } | undefined)?.status;
            span.setAttributes({
              'jobgraph.upstream.status': error === undefined ? 'OK' : outcomeCode(error),
              ...(typeof status === 'number' ? { 'http.response.status_code': status } : {}),
            });
            if (error !== undefined)
              span.setStatus({ code: SpanStatusCode.ERROR, message: outcomeCode(error) });
          }
          span.end();
        },
      };
    },
  };
}
