/**
 * Remembers signature nonces for as long as a request date can stay fresh, so a replayed request
 * is refused (SignatureNonceUsed) while the cache stays bounded by time.
 */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** Records the nonce; returns false when it was already seen within the TTL. */
  remember(nonce: string): boolean {
    const now = this.now();
    this.evict(now);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now + this.ttlMs);
    return true;
  }

  private evict(now: number): void {
    // Insertion order is expiry order (constant TTL), so stop at the first live entry.
    for (const [nonce, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(nonce);
    }
  }
}
