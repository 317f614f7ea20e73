/**
 * Domain values made from wire bodies, each made once per body and variant. The in-process cache
 * answers a hit with the very body object it stored, so a whole Gravitino list (thousands of jobs)
 * is mapped once per refresh instead of once per request (issue 13); a body read from Redis, or
 * called for, is a new object and is mapped as before. Only for values no caller mutates: domain
 * values are readonly, and the same one is now shared by every request that hits the body.
 */
export class MappedBodies<T> {
  private readonly memo = new WeakMap<object, Map<string, T>>();

  /** `map(body)`, or what it gave for this body and `variant` before (a throw is not kept). */
  of<B extends object>(body: B, variant: string, map: (body: B) => T): T {
    let byVariant = this.memo.get(body);
    const known = byVariant?.get(variant);
    if (known !== undefined) return known;
    const value = map(body);
    if (!byVariant) this.memo.set(body, (byVariant = new Map()));
    byVariant.set(variant, value);
    return value;
  }
}
