import type { Redis } from 'ioredis';
import type { Take } from './token-bucket';

/**
 * One atomic step on one bucket, the same arithmetic as TokenBucket (token-bucket.ts): refill by
 * the time since the last step, then take `count` (all or none; more than the bucket is charged the
 * whole bucket) or adjust by `count` (capped at capacity, debt capped at one bucket). Time is the
 * Redis server's own clock unless a caller passes one, so replicas whose clocks disagree still
 * refill one bucket alike. The key expires once a bucket would be full again: an expired bucket and
 * a full one are the same thing, so nothing is lost and idle tenants cost no memory.
 *
 * KEYS[1] bucket; ARGV: capacity, refill per second, count, 'take'|'adjust', now in ms (or -1).
 * Returns { 1, taken } or { 0, retryAfterMs }, as strings (Redis would truncate Lua floats).
 */
const TOKEN_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local count = tonumber(ARGV[3])
local now = tonumber(ARGV[5])
if now < 0 then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
if now > at then
  tokens = math.min(capacity, tokens + (now - at) * rate / 1000)
  at = now
end
local result
if ARGV[4] == 'take' then
  local need = math.min(math.max(count, 0), capacity)
  if need == 0 or tokens >= need then
    tokens = tokens - need
    result = { '1', tostring(need) }
  else
    result = { '0', tostring(math.ceil((need - tokens) * 1000 / rate)) }
  end
else
  tokens = math.min(capacity, math.max(-capacity, tokens + count))
  result = { '1', '0' }
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * 1000 / rate) + 1000)
return result
`;

/** The name the script is defined under on the client (EVALSHA, re-sent after a Redis restart). */
const COMMAND = 'jobgraphTokenBucket';

/** The client with the script defined on it; ioredis adds the method at run time. */
type WithTokenBucket = Redis & {
  [COMMAND](key: string, ...args: (string | number)[]): Promise<[string, string]>;
};

/** A bucket's size and refill rate, as TokenBucket takes them. */
export interface BucketShape {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/**
 * Token buckets kept in Redis, one hash per key, each step one atomic script: every process that
 * shares the server takes from the same buckets. The caller owns the client (connection state,
 * fallback); a command that fails rejects, for the caller to decide.
 */
export class RedisTokenBuckets {
  constructor(
    private readonly client: Redis,
    /** Milliseconds; the Redis server's clock when absent (tests pass one to decide when time passes). */
    private readonly clock?: () => number,
  ) {
    if (!(COMMAND in client)) client.defineCommand(COMMAND, { numberOfKeys: 1, lua: TOKEN_BUCKET_SCRIPT });
  }

  /** Takes `count` tokens from the bucket at `key`, or none. */
  async take(key: string, shape: BucketShape, count: number): Promise<Take> {
    const [granted, value] = await this.step(key, shape, count, 'take');
    return granted === '1'
      ? { granted: true, taken: Number(value) }
      : { granted: false, retryAfterMs: Number(value) };
  }

  /** Gives tokens back (positive) or charges more (negative), as TokenBucket.adjust. */
  async adjust(key: string, shape: BucketShape, delta: number): Promise<void> {
    await this.step(key, shape, delta, 'adjust');
  }

  private step(key: string, shape: BucketShape, count: number, mode: 'take' | 'adjust') {
    return (this.client as WithTokenBucket)[COMMAND](
      key,
      shape.capacity,
      shape.refillPerSecond,
      count,
      mode,
      this.clock ? Math.floor(this.clock()) : -1,
    );
  }
}
