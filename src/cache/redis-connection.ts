import { Redis } from 'ioredis';
import type { RedisCacheConfig } from '../config/cache.config';
import type { LogSink } from '../errors/log-sink';
import type { RedisState } from './cache-observer';

/** The two lines a user of the connection logs: when an outage starts, and when it ends. */
export interface RedisOutageLines {
  readonly down: string;
  readonly back: string;
}

/**
 * One client of the configured Redis (`cache.redis`), tuned so that Redis can never fail or stall
 * a request: no offline queue and no retries (a command sent while disconnected fails at once and
 * the caller goes on without Redis), the command timeout, reconnection with back-off. It tracks
 * whether the server is usable, logs each outage once and its end once (never the server's
 * address), and reports each transition to `onState`. The cache and the rate limiter each hold one.
 */
export class RedisConnection {
  readonly client: Redis;
  /** `starting` until the first connection succeeds or fails. */
  private current: RedisState | 'starting' = 'starting';
  private reportedDown = false;
  /** Callers of `ready` waiting for the connection to change. */
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly config: RedisCacheConfig,
    /** Appended to `config.keyPrefix` for every key this client writes. */
    keySuffix: string,
    private readonly lines: RedisOutageLines,
    private readonly log: LogSink,
    private readonly onState: (state: RedisState) => void = () => undefined,
  ) {
    this.client = new Redis(config.url, {
      ...(config.password ? { password: config.password.reveal() } : {}),
      keyPrefix: `${config.keyPrefix}${keySuffix}`,
      commandTimeout: config.commandTimeoutMs,
      connectTimeout: config.connectTimeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) =>
        Math.min(config.reconnectBaseMs * 2 ** Math.min(times - 1, 20), config.reconnectMaxMs),
    });
    this.client.on('ready', () => this.transition('up'));
    // Without an 'error' listener an unreachable server would be an unhandled 'error' event.
    this.client.on('error', () => this.transition('down'));
    this.client.on('close', () => this.transition('down'));
  }

  /** Whether a command is worth sending now. */
  get isUp(): boolean {
    return this.current === 'up' && this.client.status === 'ready';
  }

  /** A command failed: an outage when the connection is gone, one slow command when it is not. */
  failed(): void {
    this.transition(this.client.status === 'ready' ? 'up' : 'down');
  }

  /**
   * Resolves true once connected: at once when it is, else at the next change of the connection
   * (true on connecting, false on failing) or after `timeoutMs` (`connectTimeoutMs` by default);
   * never rejects.
   */
  async ready(timeoutMs = this.config.connectTimeoutMs): Promise<boolean> {
    if (this.isUp) return true;
    return new Promise<boolean>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(this.isUp);
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Closes the connection and stops reconnecting. */
  async close(): Promise<void> {
    this.client.removeAllListeners('close');
    // A client that is not connected has nothing to flush: stop its reconnection timer at once.
    if (this.client.status !== 'ready') return this.client.disconnect();
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private transition(next: RedisState): void {
    if (next === this.current) return;
    this.current = next;
    this.onState(next);
    for (const waiter of [...this.waiters]) waiter();
    if (next === 'down' && !this.reportedDown) {
      this.reportedDown = true;
      this.log(this.lines.down, 'warn');
    } else if (next === 'up' && this.reportedDown) {
      this.reportedDown = false;
      this.log(this.lines.back, 'warn');
    }
  }
}
