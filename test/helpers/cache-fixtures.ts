import type { CacheObserver, CacheReadEvent, RedisState } from '../../src/cache/cache-observer';
import { createUpstreamCache, type GatewayCache } from '../../src/cache/create-upstream-cache';
import { resolveCache, type ResolvedCacheOverrides } from '../../src/config/cache.config';
import type { EmulatedProvider } from '../../src/emulators/start-emulators';
import type { TestGateway } from './test-gateway';

/** A clock the test moves by hand: entries age without sleeping. */
export interface ManualClock {
  now(): number;
  advance(ms: number): void;
}

/** A manual clock starting at a fixed instant. */
export function manualClock(start = Date.UTC(2026, 10, 1)): ManualClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

/** An observer that remembers what it was told. */
export interface RecordingObserver extends CacheObserver {
  readonly hits: CacheReadEvent[];
  readonly misses: CacheReadEvent[];
  readonly redisStates: RedisState[];
  evictions: number;
}

/** A CacheObserver for assertions. */
export function recordingObserver(): RecordingObserver {
  const observer: RecordingObserver = {
    hits: [],
    misses: [],
    redisStates: [],
    evictions: 0,
    hit: (event) => void observer.hits.push(event),
    miss: (event) => void observer.misses.push(event),
    eviction: () => void (observer.evictions += 1),
    redisState: (state) => void observer.redisStates.push(state),
  };
  return observer;
}

/** A cache for a test gateway: its config over the defaults, a manual clock, an observer, captured log lines. */
export function testCache(
  overrides: ResolvedCacheOverrides = {},
  clock: ManualClock = manualClock(),
): GatewayCache & {
  readonly clock: ManualClock;
  readonly observer: RecordingObserver;
  readonly lines: string[];
} {
  const observer = recordingObserver();
  const lines: string[] = [];
  const built = createUpstreamCache(resolveCache(overrides), {
    observer,
    now: clock.now,
    log: (line) => lines.push(line),
  });
  return { ...built, clock, observer, lines };
}

const PROVIDERS: readonly EmulatedProvider[] = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'];

/** Every upstream call the emulators logged, summed over the four. */
export function totalCalls(gateway: TestGateway): number {
  return PROVIDERS.reduce((sum, provider) => sum + gateway.calls(provider).length, 0);
}

/** `extensions.upstream` of a response. */
export function upstreamOf(response: object): {
  calls: number;
  cacheHits: number;
  byProvider: Record<string, { calls: number; cacheHits: number }>;
} {
  return (response as { extensions: { upstream: never } }).extensions.upstream;
}
