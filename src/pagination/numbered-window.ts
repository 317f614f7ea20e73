import type { NumberedPage } from '../domain/upstream-page';
import { planPages } from './numbered-page-plan';

/** Fetches one upstream page by 1-based number and size. */
export type FetchNumberedPage<T> = (pageNumber: number, pageSize: number) => Promise<NumberedPage<T>>;

/**
 * What one listing's reads have learnt of the server's real page size, shared by the reads of that
 * listing so it is learnt once: `cap`, the most it serves (once a page came back shorter than its
 * share of the total), and `servesAtLeast`, a size it was seen to serve in full.
 */
export interface PageCapMemo {
  cap?: number;
  servesAtLeast?: number;
}

/** Items [start, end) of a listing (fewer at its end) and the listing's total. */
export interface NumberedWindow<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** How many items page `pageNumber` of `pageSize` holds in a list of `total`, when served as asked. */
function expectedCount(pageNumber: number, pageSize: number, total: number): number {
  return Math.max(0, Math.min(pageSize, total - (pageNumber - 1) * pageSize));
}

/**
 * Reads items [start, end) of a page-number listing in as few calls as `planPages` allows, and
 * stays right when the server serves fewer items per page than asked (a cap its documentation does
 * not state). A short page is never taken for the end: only the total is.
 *
 * A page whose length is not its share of the total shows the server's cap: the window is read
 * again in pages of that size, which a server numbers the same whether it counts pages in the size
 * asked or the size served (page 1 starts at item 0 either way, so it is kept). A lone last page
 * past page 1 cannot show a cap by its length (a capped server counting in the size served may
 * answer another offset with just that many items), so unless this listing was seen to serve the
 * size in full, page 1 of that size is read to settle it. A page that comes back empty while the
 * total promises more means the total is stale (items went away between calls): the listing ends
 * there.
 */
export async function readNumberedWindow<T>(
  fetch: FetchNumberedPage<T>,
  start: number,
  end: number,
  maxPageSize: number,
  memo: PageCapMemo = {},
): Promise<NumberedWindow<T>> {
  const known = new Map<string, NumberedPage<T>>();
  const load = async (pageNumber: number, pageSize: number): Promise<NumberedPage<T>> => {
    const page = known.get(`${pageNumber}:${pageSize}`) ?? (await fetch(pageNumber, pageSize));
    known.set(`${pageNumber}:${pageSize}`, page);
    return page;
  };
  /** Learns from page 1 (offset 0 for every server): the cap when it is short, else that the size is served. */
  const learnFromFirst = (page: NumberedPage<T>, pageSize: number): boolean => {
    if (page.items.length >= expectedCount(1, pageSize, page.totalCount)) {
      memo.servesAtLeast = Math.max(memo.servesAtLeast ?? 0, pageSize);
      return false;
    }
    if (page.items.length === 0) return false;
    memo.cap = page.items.length;
    known.set(`1:${memo.cap}`, { items: page.items, totalCount: page.totalCount });
    return true;
  };
  for (;;) {
    const plan = planPages(start, end, Math.min(maxPageSize, memo.cap ?? maxPageSize));
    const pages = await Promise.all(plan.pageNumbers.map((number) => load(number, plan.pageSize)));
    let served: number | null = null;
    let stale: number | null = null;
    pages.forEach((page, k) => {
      const number = plan.pageNumbers[k] ?? 1;
      const length = Math.min(page.items.length, plan.pageSize);
      if (length === plan.pageSize) memo.servesAtLeast = Math.max(memo.servesAtLeast ?? 0, plan.pageSize);
      if (length === expectedCount(number, plan.pageSize, page.totalCount)) return;
      if (length === 0) stale ??= (number - 1) * plan.pageSize;
      else if (length < plan.pageSize) served = Math.min(served ?? Infinity, length);
    });
    if (served !== null) {
      memo.cap = served;
      const first = plan.pageNumbers[0] === 1 ? pages[0] : undefined;
      if (first)
        known.set(`1:${served}`, { items: first.items.slice(0, served), totalCount: first.totalCount });
      continue;
    }
    const lone = plan.pageNumbers.length === 1 && (plan.pageNumbers[0] ?? 1) > 1;
    if (lone && memo.cap === undefined && (memo.servesAtLeast ?? 0) < plan.pageSize) {
      if (learnFromFirst(await load(1, plan.pageSize), plan.pageSize)) continue;
    }
    // A server that ignores the size asked and sends more: keep each page to its planned share.
    const items = pages
      .flatMap((page) => page.items.slice(0, plan.pageSize))
      .slice(plan.skip, plan.skip + Math.max(0, end - start));
    const total = pages[pages.length - 1]?.totalCount ?? 0;
    return { items, total: stale === null ? total : start + items.length };
  }
}
