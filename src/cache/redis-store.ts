import type { Redis } from 'ioredis';
import type { RedisCacheConfig } from '../config/cache.config';
import type { LogSink } from '../errors/log-sink';
import { parseEntry, type CacheEntry } from './cache-entry';
import type { RedisState } from './cache-observer';
import { RedisConnection } from './redis-connection';

/** What a try at the cross-process single-flight lock came to. */
export type LockResult = 'acquired' | 'held' | 'unavailable';

/** Deletes the lock only while it is still ours (it may have expired and been taken by another process). */
const UNLOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * The shared tier: entries as JSON under the configured prefix, and short locks (`SET NX PX`)
 * so that processes sharing the server make one upstream call per key between them. It never
 * throws: while Redis is away every command is a miss (or `unavailable`), commands fail fast
 * (no offline queue, a command timeout), and the client reconnects with back-off. Each outage is
 * logged once and reported to `onState`; the log line never names the server.
 */
export class RedisStore {
  private readonly connection: RedisConnection;

  constructor(config: RedisCacheConfig, log: LogSink, onState: (state: RedisState) => void) {
    this.connection = new RedisConnection(
      config,
      '',
      {
        down: 'cache: Redis is unavailable; serving from memory and upstream, reconnecting with back-off',
        back: 'cache: Redis is back; sharing cached reads again',
      },
      log,
      onState,
    );
  }

  /** Whether commands are worth sending now. */
  get isUp(): boolean {
    return this.connection.isUp;
  }

  private get client(): Redis {
    return this.connection.client;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    if (!this.isUp) return undefined;
    try {
      const text = await this.client.get(key);
      return text === null ? undefined : parseEntry(text);
    } catch {
      this.connection.failed();
      return undefined;
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    const lifetime = entry.freshMs + entry.staleMs;
    if (!this.isUp || lifetime <= 0) return;
    try {
      const text = JSON.stringify(entry);
      if (Number.isFinite(lifetime)) await this.client.set(key, text, 'PX', Math.ceil(lifetime));
      else await this.client.set(key, text);
    } catch {
      this.connection.failed();
    }
  }

  async delete(key: string): Promise<boolean> {
    if (!this.isUp) return false;
    try {
      return (await this.client.del(key)) > 0;
    } catch {
      return false;
    }
  }

  /** Takes the single-flight lock of `key` for `ms`, held under `token`. */
  async tryLock(key: string, token: string, ms: number): Promise<LockResult> {
    if (!this.isUp) return 'unavailable';
    try {
      const result = await this.client.set(`lock:${key}`, token, 'PX', ms, 'NX');
      return result === 'OK' ? 'acquired' : 'held';
    } catch {
      return 'unavailable';
    }
  }

  /** Releases the lock if it is still `token`'s; never rejects. */
  async unlock(key: string, token: string): Promise<void> {
    if (!this.isUp) return;
    try {
      await this.client.eval(UNLOCK_SCRIPT, 1, `lock:${key}`, token);
    } catch {
      // It expires on its own after lockMs.
    }
  }

  /** Waits for the first connection (or its failure), for start-up and tests; never rejects. */
  ready(timeoutMs: number): Promise<boolean> {
    return this.connection.ready(timeoutMs);
  }

  /** Closes the connection and stops reconnecting. */
  close(): Promise<void> {
    return this.connection.close();
  }
}
