/** One cached answer with when it was stored and how long it lives (times from the cache's clock). */
export interface CacheEntry {
  /** The upstream answer (a wire body: plain JSON). */
  readonly value: unknown;
  readonly storedAt: number;
  readonly freshMs: number;
  readonly staleMs: number;
}

/** Where an entry stands at `now`. */
export type EntryAge = 'fresh' | 'stale' | 'expired';

/** Fresh within its TTL, stale within the stale window after it, expired beyond. */
export function ageOf(entry: CacheEntry, now: number): EntryAge {
  const age = now - entry.storedAt;
  if (age < 0) return 'expired';
  if (age < entry.freshMs) return 'fresh';
  return age < entry.freshMs + entry.staleMs ? 'stale' : 'expired';
}

/** An entry read back from a shared store, or undefined when it is not one of ours. */
export function parseEntry(text: string): CacheEntry | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<CacheEntry> | null;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      !('value' in parsed) ||
      typeof parsed.storedAt !== 'number' ||
      typeof parsed.freshMs !== 'number' ||
      typeof parsed.staleMs !== 'number'
    )
      return undefined;
    return parsed as CacheEntry;
  } catch {
    return undefined;
  }
}
