import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../pagination/connection-args';

/** Connection arguments as the estimate reads them (already coerced by graphql-js). */
export interface PageArgs {
  readonly first?: unknown;
  readonly last?: unknown;
  readonly after?: unknown;
  readonly before?: unknown;
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Items one connection page can hold: `first` or `last`, 20 when neither is given. Sizes past 100
 * are refused by the resolver before any call (BAD_USER_INPUT), so they count as 100 here.
 */
export function pageSize(args: PageArgs): number {
  const size =
    typeof args.first === 'number'
      ? args.first
      : typeof args.last === 'number'
        ? args.last
        : DEFAULT_PAGE_SIZE;
  return Math.max(0, Math.min(MAX_PAGE_SIZE, Math.floor(size)));
}

/**
 * Calls of one page of a forward-token list (EMR, token-slicer.ts): one from the start; a cursor
 * inside an upstream page refetches that page and may need the next one.
 */
export function tokenPageCalls(args: PageArgs): number {
  return given(args.after) ? 2 : 1;
}

/**
 * Calls of one page of a page-number list (PAI, SAE; numbered-slicer.ts + numbered-page-plan.ts):
 * one for a first page; a window starting at a cursor may straddle two upstream pages; `last`
 * without `before` first reads the total from a one-item page.
 */
export function numberedPageCalls(args: PageArgs): number {
  if (given(args.last) || given(args.before)) return given(args.before) ? 2 : 3;
  return given(args.after) ? 2 : 1;
}
