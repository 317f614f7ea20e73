import type { ServerResponse } from 'node:http';
import { ShuttingDownError } from '../errors/shutting-down.error';
import { sendJson } from './graphql-http-handler';

/**
 * The graceful drain of one gateway: counts the requests in flight; once `begin()` is called,
 * readiness turns 503, new GraphQL requests are refused, and `settled()` waits for those in flight.
 */
export class Drain {
  private inFlight = 0;
  private started = false;
  private readonly idle: (() => void)[] = [];

  /** Whether the drain has begun. */
  get draining(): boolean {
    return this.started;
  }

  /** Counts a request until its response is sent or its connection drops. */
  track(res: ServerResponse): void {
    this.inFlight += 1;
    res.once('close', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
    });
  }

  /** From now on: /readyz 503, new GraphQL requests refused. */
  begin(): void {
    this.started = true;
  }

  /** Resolves once nothing is in flight, or when `graceMs` has passed; with how many were left. */
  settled(graceMs: number): Promise<number> {
    if (this.inFlight === 0) return Promise.resolve(0);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(this.inFlight);
      };
      const timer = setTimeout(() => {
        const at = this.idle.indexOf(done);
        if (at >= 0) this.idle.splice(at, 1);
        done();
      }, graceMs);
      this.idle.push(done);
    });
  }
}

/**
 * The answer to a GraphQL request that arrives during the drain: 503, a typed error, and the
 * connection closed; `onRefused` is told the body (the metrics count its code).
 */
export function refuseWhileDraining(res: ServerResponse, onRefused?: (body: unknown) => void): void {
  const body = { errors: [new ShuttingDownError().toJSON()] };
  onRefused?.(body);
  sendJson(res, 503, body, { connection: 'close' });
}
