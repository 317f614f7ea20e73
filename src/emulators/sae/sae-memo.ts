/**
 * A small least-recently-used map. Filtered listings are memoized in one so that the later pages
 * of a query that needed a scan are answered without scanning again.
 */
export class SaeMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The cached value for the key, computing and remembering it when absent. */
  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert so the Map's insertion order doubles as recency order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }

  /** Number of cached entries (for tests). */
  get size(): number {
    return this.entries.size;
  }
}
