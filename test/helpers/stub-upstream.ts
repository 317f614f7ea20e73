import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of the stub: a status (200 unless given), a raw body, extra headers. */
export interface StubReply {
  readonly status?: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request the stub received. */
export interface StubRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** A loopback HTTP server that answers whatever the test set, for answers no emulator gives. */
export interface StubUpstream {
  readonly url: string;
  /** Every request received since start or the last `clear()`, in order. */
  readonly requests: readonly StubRequest[];
  /** Sets the answer: one for every request, or one chosen per request. */
  reply(answer: StubReply | ((request: StubRequest) => StubReply)): void;
  /** Sets a 200 JSON answer. */
  replyJson(body: unknown): void;
  clear(): void;
  stop(): Promise<void>;
}

/**
 * Starts a stand-in upstream on port 0. It checks no signature: it models an upstream that
 * misbehaves after accepting the call. Stop it in afterAll.
 */
export async function startStubUpstream(): Promise<StubUpstream> {
  const requests: StubRequest[] = [];
  let answer: StubReply | ((request: StubRequest) => StubReply) = { body: '{}' };
  const server = createServer((req, res) => {
    const request = { path: req.url ?? '', headers: req.headers };
    requests.push(request);
    const { status = 200, body, headers } = typeof answer === 'function' ? answer(request) : answer;
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    reply: (next) => {
      answer = next;
    },
    replyJson: (body) => {
      answer = { body: JSON.stringify(body) };
    },
    clear: () => {
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
