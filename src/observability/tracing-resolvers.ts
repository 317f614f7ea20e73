import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema, type ResponsePath } from 'graphql';
import { runInResolverFrame, settleResolverFrame, type ResolverFrame } from '../request/request-trace';
import { requestTraceOf } from './tracing-request';

/** Marks a wrapped resolver, so wrapping a schema twice (two gateways on one schema) wraps once. */
const TRACED = Symbol('jobgraph.tracedResolver');

function pathKeys(path: ResponsePath): string[] {
  const keys: string[] = [];
  for (let at: ResponsePath | undefined = path; at; at = at.prev) keys.push(String(at.key));
  return keys.reverse();
}

/** The response paths of the fields enclosing `path`, nearest first (list indices skipped). */
function ancestorPaths(path: ResponsePath): string[] {
  const out: string[] = [];
  for (let at = path.prev; at; at = at.prev) if (typeof at.key === 'string') out.push(pathKeys(at).join('.'));
  return out;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function traced(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const request = requestTraceOf(context);
    if (!request) return resolve(source, args, context, info);
    const frame: ResolverFrame = {
      request,
      path: pathKeys(info.path).join('.'),
      ancestors: ancestorPaths(info.path),
      field: `${info.parentType.name}.${info.fieldName}`,
      startTime: Date.now(),
      settled: false,
    };
    let result: unknown;
    try {
      result = runInResolverFrame(frame, () => resolve(source, args, context, info));
    } catch (error) {
      settleResolverFrame(frame, error);
      throw error;
    }
    if (isPromiseLike(result))
      // Both outcomes handled: this side chain never rejects; graphql-js owns `result` itself.
      result.then(
        () => settleResolverFrame(frame),
        (error: unknown) => settleResolverFrame(frame, error ?? new Error('rejected')),
      );
    else settleResolverFrame(frame);
    return result;
  };
  (wrapped as unknown as Record<symbol, boolean>)[TRACED] = true;
  return wrapped;
}

/**
 * Wraps the schema's resolvers (in place) so that, in a traced request, each runs in a resolver
 * frame whose span starts only if it reaches an upstream call through a loader. Applied only when
 * tracing is on: an untraced gateway keeps its resolvers untouched; in a traced gateway an
 * untraced request (unsampled) costs one property read per field.
 */
export function traceResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || (resolve as unknown as Record<symbol, boolean>)[TRACED]) continue;
      field.resolve = traced(resolve);
    }
  }
}
