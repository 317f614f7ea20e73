import type { ProviderId } from '../domain/provider-id';
import { FullReadBudgetError } from '../errors/full-read-budget.error';

/**
 * List reads a `jobs` page makes per item it serves: a read yields at least one item except at a
 * tie on the page's edge or when a list's page runs dry.
 */
export const JOBS_READS_PER_ITEM = 2;

/**
 * The fewest list reads any `jobs` page may make, however small: room to read lists whole whose
 * upstream did not list them newest first (at the demo's scale, every EMR workspace of the seven
 * regions at once). Pages of 32 items and more are allowed their per-item reads instead, so
 * `jobs(first: 100)` stays within the default maxUpstreamCalls.
 */
export const JOBS_MIN_PAGE_READS = 64;

/**
 * The list reads (one upstream call each) a `jobs` page of `size` items may make: the cost estimate
 * charges exactly this, and full reads stop at it, so the estimate stays an upper bound.
 */
export function pageReadAllowance(size: number): number {
  return Math.max(JOBS_READS_PER_ITEM * size, JOBS_MIN_PAGE_READS);
}

/**
 * The list reads of one `jobs` page. A read made in the upstream's order (newest first, stopping
 * early), and the first call of any read, is counted only: refusing it would drop jobs a correct
 * upstream sent. A further call that finishes a list whole, because its upstream did not list it
 * newest first, is taken from what the page's allowance has left, and in any case from the part of
 * it beyond the per-item reads (what JOBS_MIN_PAGE_READS adds to a small page); past both, the list
 * fails with FullReadBudgetError rather than cost more than the page was charged.
 */
export class PageReadBudget {
  private spent = 0;
  private taken = 0;
  private readonly allowance: number;
  private readonly floor: number;

  constructor(size: number) {
    this.allowance = pageReadAllowance(size);
    this.floor = this.allowance - JOBS_READS_PER_ITEM * size;
  }

  /** Reads made so far. */
  get reads(): number {
    return this.spent;
  }

  /** Counts a read made in the upstream's own order, or the first call of a read. */
  count(): void {
    this.spent += 1;
  }

  /** Takes one call to finish a list whole, or fails when the page has none left for it. */
  take(provider: ProviderId): void {
    if (this.spent >= this.allowance && this.taken >= this.floor)
      throw new FullReadBudgetError(provider, this.allowance);
    this.spent += 1;
    this.taken += 1;
  }
}
