import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authentication } from '../auth/authentication';
import type { Tenant } from '../domain/tenant';
import type { ThrottledError } from '../errors/throttled.error';
import { deadlineSignal } from '../request/deadline-signal';
import { createRequestScope, runInRequestScope, type RequestScope } from '../request/request-scope';
import type { GatewayContext } from '../schema/gateway-context';
import { graphqlOverHttpStatus } from './graphql-over-http-status';
import { landingPageWithoutCredentials } from './landing-page-without-credentials';
import type { PreParseRefusal } from './limits/pre-parse-check';
import { readRequestBody } from './read-request-body';

/**
 * Why a request's signal aborts once it is answered or its client hung up: made once, because a
 * bare `abort()` builds an exception with a stack on every request (about 5% of a small request's CPU).
 */
const REQUEST_OVER = new DOMException('The request is over.', 'AbortError');

/** Sends a JSON body; `close` asks the client to drop the connection (after a body we did not read). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** What the handler needs besides Apollo. */
export interface GraphQLHttpHandlerOptions {
  /** Who is calling (before anything is parsed or executed). */
  authenticate(req: IncomingMessage): Promise<Authentication>;
  /** The per-request context, for an authenticated tenant within its scope. */
  createContext(tenant: Tenant, scope: RequestScope): Promise<GatewayContext>;
  /** Whole-request deadline: past it (or when the client hangs up), nothing more is called upstream. */
  readonly requestDeadlineMs: number;
  readonly maxBodyBytes: number;
  /**
   * The tenant's request rate, checked before the document is parsed (awaited: it may be counted
   * on Redis, across replicas); absent when rate limits are off.
   */
  admitRequest?(tenant: Tenant): ThrottledError | undefined | Promise<ThrottledError | undefined>;
  /** The parser limits, checked on the document text before Apollo's recursive parser sees it. */
  refuseBeforeParse?(body: unknown, search: string): PreParseRefusal | null;
  /** Told each admitted request's scope as it is created (the access log and metrics follow it). */
  onScope?(req: IncomingMessage, scope: RequestScope): void;
  /** Told the body of each refusal, answered without Apollo (the metrics count its error codes). */
  onRefused?(req: IncomingMessage, body: unknown): void;
}

/**
 * Serves GraphQL over HTTP (GET and POST, per GraphQL-over-HTTP) by handing requests to Apollo's
 * `executeHTTPGraphQLRequest`, the documented way to build an integration without a framework.
 * Each request runs in its own RequestScope, whose signal aborts at the deadline or when the
 * client goes away.
 */
export function createGraphQLHttpHandler(
  server: ApolloServer<GatewayContext>,
  options: GraphQLHttpHandlerOptions,
) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const refuse = (status: number, body: unknown, headers?: Record<string, string>): void => {
      options.onRefused?.(req, body);
      sendJson(res, status, body, headers);
    };
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readRequestBody(req, options.maxBodyBytes);
      if (raw === 'too-large') {
        return refuse(
          413,
          {
            errors: [
              {
                message: `Request body too large (limit ${options.maxBodyBytes} bytes).`,
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          },
          { connection: 'close' },
        );
      }
      if (raw === 'aborted') return void res.destroy();
      const type = headers.get('content-type') ?? '';
      if (/^application\/(graphql-response\+)?json/i.test(type)) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return refuse(400, {
            errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      } else {
        body = raw.toString('utf8');
      }
    }
    const authentication = await options.authenticate(req);
    if ('refuse' in authentication) {
      // GraphiQL holds no data and is where a browser user types credentials: it is served without them.
      const page =
        req.method === 'GET' ? await landingPageWithoutCredentials(server, headers, search) : undefined;
      if (page !== undefined)
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return refuse(authentication.refuse.status, authentication.refuse.body, authentication.refuse.headers);
    }
    const { tenant } = authentication;
    const throttled = await options.admitRequest?.(tenant);
    if (throttled)
      return refuse(429, { errors: [throttled.toJSON()] }, { 'retry-after': throttled.retryAfterHeader });
    const refusal = options.refuseBeforeParse?.(body, search);
    if (refusal) return refuse(refusal.status, refusal.body);
    const cancel = new AbortController();
    // The client hanging up before we answered ends the request's upstream work too.
    const onClose = () => {
      if (!res.writableFinished) cancel.abort(REQUEST_OVER);
    };
    res.on('close', onClose);
    const deadline = deadlineSignal(options.requestDeadlineMs, cancel.signal);
    const scope = createRequestScope(randomUUID(), tenant.id, deadline.signal, tenant.grants);
    options.onScope?.(req, scope);
    try {
      const response = await runInRequestScope(scope, () =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
          context: () => options.createContext(tenant, scope),
        }),
      );
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.statusCode = graphqlOverHttpStatus(
          res.statusCode,
          response.headers.get('content-type'),
          response.body.string,
        );
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      res.off('close', onClose);
      // Answered: work still running for this request (a source the jobs merge cut) can no longer be used.
      cancel.abort(REQUEST_OVER);
      deadline.clear();
    }
  };
}
