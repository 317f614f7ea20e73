// The order of a list whose documentation states none (EMR ListJobRuns, SAE DescribeJobHistory).
// The emulators serve such a list newest first by default, or in a seeded shuffle that a real server
// would be just as free to use, so the gateway is tested against both.
import { hashString } from './prng';

/** The orders an emulator offers for a list whose documentation states none. */
export const LIST_ORDERS = ['newest-first', 'shuffled'] as const;

/** `newest-first` (the default) or `shuffled`: a seeded permutation, stable across pages and calls. */
export type ListOrder = (typeof LIST_ORDERS)[number];

/**
 * `positions` (a newest-first list) in a seeded pseudo-random order: each position is ranked by a
 * hash of the seed and its item's stable key, so every filter and every page of one list agree.
 */
export function shuffledPositions(
  positions: Int32Array,
  seed: string,
  keyOf: (position: number) => string,
): Int32Array {
  const ranks = new Map<number, number>();
  for (const position of positions) ranks.set(position, hashString(`${seed}\n${keyOf(position)}`));
  return Int32Array.from(positions).sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || a - b);
}
