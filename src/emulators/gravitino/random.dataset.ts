import type { Prng } from '../shared/prng';

/** A deterministic pick of `count` distinct items in random order (partial Fisher-Yates). */
export function pickDistinct<T>(prng: Prng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = prng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    picked.push(pool[i] as T);
  }
  return picked;
}

/** An integer drawn log-uniformly from [min, max): durations spread over orders of magnitude. */
export function logUniform(prng: Prng, min: number, max: number): number {
  return Math.floor(Math.exp(Math.log(min) + prng.next() * (Math.log(max) - Math.log(min))));
}
