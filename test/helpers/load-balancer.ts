import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running round-robin forwarder. */
export interface LoadBalancer {
  /** Its origin, e.g. http://127.0.0.1:PORT (paths are forwarded as they come). */
  readonly origin: string;
  /** Requests handed to each backend (by index), and forwards that failed (answered 502). */
  readonly counts: { forwarded: number[]; failed: number };
  /** Zeroes the counts. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Stands in for the operator's load balancer in front of jobgraph's replicas: the supergraph holds
 * ONE URL per subgraph, so something must spread requests over replicas. Round robin per request,
 * with no retry and no health check of its own, on purpose: a replica that goes away is seen by the
 * gateway as a 502 (or a cut connection), so what keeps clients whole is the gateway's retry policy.
 */
export async function startLoadBalancer(backends: readonly string[]): Promise<LoadBalancer> {
  const counts = { forwarded: backends.map(() => 0), failed: 0 };
  let next = 0;
  const server: Server = createServer((req, res) => {
    const index = next;
    next = (next + 1) % backends.length;
    counts.forwarded[index] = (counts.forwarded[index] ?? 0) + 1;
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.once('error', () => res.destroy());
    });
    upstream.once('error', () => {
      counts.failed += 1;
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Bad gateway.');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    reset() {
      counts.forwarded.fill(0);
      counts.failed = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
