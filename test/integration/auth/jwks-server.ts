import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';

/** A JWKS endpoint on loopback (port 0) whose answer a test can change; counts its fetches. */
export interface JwksServer {
  readonly url: string;
  /** How many times the key set was fetched. */
  fetches(): number;
  /** What the next fetches get: the key set, or a failing status. */
  serve(answer: { keys: JWK[] } | { status: number }): void;
  stop(): Promise<void>;
}

/** Starts a JWKS server serving `keys`. */
export async function startJwksServer(keys: JWK[]): Promise<JwksServer> {
  let answer: { keys: JWK[] } | { status: number } = { keys };
  let fetches = 0;
  const server: Server = createServer((_req, res) => {
    fetches += 1;
    if ('status' in answer) return void res.writeHead(answer.status).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: answer.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => fetches,
    serve: (next) => {
      answer = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback URL where nothing listens: a key set that cannot be fetched. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/jwks.json`;
}
