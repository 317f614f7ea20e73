// A tiny LRU map. Emulators memoize filtered listings in it, so the later pages of one query are O(page).

/** Keeps at most `capacity` entries, evicting the least recently used. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The value for key, marking it recently used; computes and stores it when missing. */
  getOrCreate(key: string, create: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }

  /** Number of entries held. */
  get size(): number {
    return this.entries.size;
  }
}
