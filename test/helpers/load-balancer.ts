import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running round-robin forwarder. */
export interface LoadBalancer {
  /** Its origin, e.g. http://127.0.0.1:PORT (paths are forwarded as they come). */
  readonly origin: string;
  /**
   * Requests handed to each backend (by index), forwards that failed (answered 502 or cut), and
   * the backends taken out of rotation after a failure.
   */
  readonly counts: { forwarded: number[]; failed: number; down: Set<number> };
  /** Zeroes the counts. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Stands in for the operator's load balancer in front of jobgraph's replicas: the supergraph holds
 * ONE URL per subgraph, so something must spread requests over replicas. Round robin per request,
 * and, like nginx's passive check (`max_fails=1`), a backend whose forward fails is taken out of
 * rotation. It never retries itself, on purpose: the request that met the failure is answered 502
 * (or cut), so what keeps clients whole is the gateway's retry policy.
 */
export async function startLoadBalancer(backends: readonly string[]): Promise<LoadBalancer> {
  const counts = { forwarded: backends.map(() => 0), failed: 0, down: new Set<number>() };
  let next = 0;
  /** The next backend in rotation that is not down (any, when all are). */
  const pick = (): number => {
    for (let tried = 0; tried < backends.length; tried++) {
      const index = next;
      next = (next + 1) % backends.length;
      if (!counts.down.has(index)) return index;
    }
    return next;
  };
  const server: Server = createServer((req, res) => {
    const index = pick();
    counts.forwarded[index] = (counts.forwarded[index] ?? 0) + 1;
    const target = new URL(req.url ?? '/', backends[index]);
    // A fresh connection per request: a pooled keep-alive socket the replica closed while idle would
    // fail a forward to a healthy replica.
    const upstream = request(target, { method: req.method, headers: req.headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      // The replica went away mid-answer: the gateway sees the connection cut.
      answer.once('error', () => {
        counts.failed += 1;
        counts.down.add(index);
        res.destroy();
      });
    });
    upstream.once('error', () => {
      counts.failed += 1;
      counts.down.add(index);
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
      counts.down.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
