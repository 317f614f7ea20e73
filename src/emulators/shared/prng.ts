/**
 * A small seeded pseudo-random generator (mulberry32 over an FNV-1a hash of the seed).
 * Emulator data must be identical for the same seed on every machine, so nothing here may
 * touch Math.random or the clock.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element chosen by relative weights: `weighted([['a', 3], ['b', 1]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** `length` lower-case hex characters. */
  hex(length: number): string;
  /** An independent generator for a named sub-stream; stable whatever else was drawn before. */
  fork(label: string): Prng;
}

/** Hashes a string to 32 bits (FNV-1a); used to turn seeds and labels into generator states. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a deterministic generator from a seed. */
export function createPrng(seed: string | number): Prng {
  const seedText = String(seed);
  let state = hashString(seedText);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick() needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new Error('weighted() needs at least one choice');
      return last[0];
    },
    chance: (p: number): boolean => next() < p,
    hex: (length: number): string => {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out;
    },
    fork: (label: string): Prng => createPrng(`${seedText}/${label}`),
  };
}
