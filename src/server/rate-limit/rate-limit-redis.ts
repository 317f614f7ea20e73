import { Redis } from 'ioredis';
import type { RedisState } from '../../cache/cache-observer';
import type { RedisCacheConfig } from '../../config/cache.config';
import type { LogSink } from '../../errors/log-sink';

/**
 * The rate limiter's own connection to the cache's Redis (`cache.redis`, keys under
 * `<keyPrefix>ratelimit:`), tuned like the cache's: no offline queue and no retries, so a step sent
 * while disconnected fails at once and is taken locally; the command timeout; reconnection with
 * back-off. It tracks whether the server is usable, logs each outage once and its end once (never
 * the server's address), and reports each transition to `onState`.
 */
export class RateLimitRedis {
  readonly client: Redis;
  /** `starting` until the first connection succeeds or fails. */
  private current: RedisState | 'starting' = 'starting';
  private reportedDown = false;
  /** Callers of `ready` waiting for the connection to change. */
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly config: RedisCacheConfig,
    private readonly log: LogSink,
    private readonly onState: (state: RedisState) => void = () => undefined,
  ) {
    this.client = new Redis(config.url, {
      ...(config.password ? { password: config.password.reveal() } : {}),
      keyPrefix: `${config.keyPrefix}ratelimit:`,
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

  /** Whether a step is worth sending now. */
  get isUp(): boolean {
    return this.current === 'up' && this.client.status === 'ready';
  }

  /** A step failed: an outage when the connection is gone, one slow step when it is not. */
  failed(): void {
    if (this.client.status !== 'ready') this.transition('down');
  }

  /**
   * Resolves true once connected: at once when it is, else at the next change of the connection
   * (true on connecting, false on failing) or after `timeoutMs` (`connectTimeoutMs` by default);
   * never rejects.
   */
  async ready(timeoutMs = this.config.connectTimeoutMs): Promise<boolean> {
    if (this.current === 'up') return true;
    return new Promise<boolean>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(this.current === 'up');
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Closes the connection and stops reconnecting. */
  async close(): Promise<void> {
    this.client.removeAllListeners('close');
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
      this.log(
        "rate limit: Redis is unavailable; each process counts tenants' rates alone until it is back",
        'warn',
      );
    } else if (next === 'up' && this.reportedDown) {
      this.reportedDown = false;
      this.log("rate limit: Redis is back; tenants' rates are counted across processes again", 'warn');
    }
  }
}
