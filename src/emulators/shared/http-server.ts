import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQueryString } from 'node:querystring';
import type {
  EmulatorRequest,
  EmulatorResponse,
  FaultSpec,
  LoggedRequest,
  ProviderEmulatorDefinition,
  QueuedFault,
} from './emulator-types';
import { EmulatorResponseError } from './emulator-types';
import { HOOK_PREFIX, handleHook } from './emulator-hooks';
import { FaultQueue, type ChaosOptions } from './fault-queue';
import { RequestLog } from './request-log';
import { writeFaultedResponse, writeResponse } from './response-writer';
import { RouteTable } from './route-table';

/** Request bodies past this size are refused; no provider read takes a body at all. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Where and how to listen. Port 0 picks a free port (tests); host defaults to loopback. */
export interface EmulatorServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly chaos?: ChaosOptions;
  /**
   * Milliseconds every API call waits before it is answered (test hooks never wait): a network
   * round trip to a real provider, for benchmarks. Default 0.
   */
  readonly latencyMs?: number;
}

/** A started emulator: its base URL, its test hooks in-process, and `stop()`. */
export interface RunningEmulator {
  readonly name: string;
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  requests(): LoggedRequest[];
  clearRequests(): void;
  addFault(fault: QueuedFault): void;
  stop(): Promise<void>;
}

function decodeQuery(rawQuery: string): Record<string, string> {
  const parsed = parseQueryString(rawQuery);
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    // Upstream gateways keep the last of repeated keys.
    query[key] = Array.isArray(value) ? (value[value.length - 1] ?? '') : (value ?? '');
  }
  return query;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(undefined);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

/** Starts one provider emulator as a real node:http server. */
export async function startEmulatorServer(
  definition: ProviderEmulatorDefinition,
  options: EmulatorServerOptions = {},
): Promise<RunningEmulator> {
  const routes = new RouteTable(definition.routes);
  const log = new RequestLog();
  const faults = new FaultQueue(options.chaos);
  const timers = new Set<NodeJS.Timeout>();
  const latencyMs = options.latencyMs ?? 0;

  /** Runs authentication and the route; any failure becomes the provider's own error body. */
  async function answer(request: EmulatorRequest): Promise<EmulatorResponse> {
    const match = routes.match(request.method, request.rawPath);
    if (!match) return definition.notFound(request);
    try {
      definition.authenticate?.(request, match.route);
      return await match.route.handle(request, match.params);
    } catch (error) {
      if (error instanceof EmulatorResponseError) return error.response;
      return definition.internalError(request);
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const query = decodeQuery(rawQuery);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (rawPath.startsWith(HOOK_PREFIX)) {
      writeResponse(res, handleHook(method, rawPath, query, body ?? Buffer.alloc(0), log, faults));
      return;
    }
    const request: EmulatorRequest = {
      method,
      rawPath,
      rawQuery,
      query,
      headers: req.headers,
      body: body ?? Buffer.alloc(0),
      requestId: randomUUID().toUpperCase(),
    };
    const operation = routes.match(method, rawPath)?.route.operation ?? null;
    const acsAction = req.headers['x-acs-action'];
    const securityToken = req.headers['x-acs-security-token'];
    const entry = log.add({
      method,
      path: rawPath,
      query,
      action: typeof acsAction === 'string' ? acsAction : operation,
      operation,
      timestamp: new Date().toISOString(),
      status: 0,
      fault: null,
      securityToken: typeof securityToken === 'string' ? securityToken : null,
    });
    if (body === undefined) {
      entry.status = 413;
      writeResponse(
        res,
        definition.errorResponse(request, {
          status: 413,
          code: 'RequestEntityTooLarge',
          message: 'The request body is too large.',
        }),
      );
      return;
    }
    if (latencyMs > 0) await sleep(latencyMs, timers);
    const fault: FaultSpec | undefined = operation ? faults.take(operation) : undefined;
    entry.fault = fault?.kind ?? null;
    await respond(request, fault, res, entry);
  }

  /** Applies the fault, if any, around the normal answer; logs the status before the first byte leaves. */
  async function respond(
    request: EmulatorRequest,
    fault: FaultSpec | undefined,
    res: ServerResponse,
    entry: LoggedRequest,
  ): Promise<void> {
    const send = (response: EmulatorResponse) => {
      entry.status = response.status;
      writeResponse(res, response);
    };
    switch (fault?.kind) {
      case 'reset':
        res.socket?.destroy();
        return;
      case 'status': {
        const response = definition.errorResponse(request, fault);
        const body = response.body;
        const overlaid =
          fault.fields && typeof body === 'object' && body !== null && !Array.isArray(body)
            ? { ...response, body: { ...body, ...fault.fields } }
            : response;
        return send(overlaid);
      }
      case 'throttle':
        return send(definition.throttleResponse(request, fault.retryAfterMs));
      case 'delay':
        await sleep(fault.ms, timers);
        break;
      case 'malformed':
      case 'truncate':
      case 'slowBody': {
        const response = await answer(request);
        entry.status = fault.kind === 'malformed' ? 200 : response.status;
        await writeFaultedResponse(res, response, fault, timers);
        return;
      }
      case undefined:
        break;
    }
    if (res.destroyed) return;
    send(await answer(request));
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      // A failure here is ours, not the provider's: answer as the provider would, never crash.
      if (!res.headersSent) writeResponse(res, { status: 500, body: { error: 'emulator failure' } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    name: definition.name,
    url: `http://${host}:${address.port}`,
    port: address.port,
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    addFault: (fault) => faults.add(fault),
    stop: () =>
      new Promise<void>((resolve) => {
        timers.forEach((timer) => clearTimeout(timer));
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
