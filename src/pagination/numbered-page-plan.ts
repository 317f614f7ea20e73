/** Which upstream pages (1-based number, shared size) cover an item window, and where the window starts in them. */
export interface PagePlan {
  readonly pageSize: number;
  readonly pageNumbers: readonly number[];
  /** Index of the window's first item within the first planned page. */
  readonly skip: number;
}

/**
 * Plans the fewest page-number calls for items [start, end): the smallest page size between the
 * window's length and `maxPageSize` whose single page holds the whole window (one call), else
 * pages of the window's length (two calls). Pure, so it is tested exhaustively.
 */
export function planPages(start: number, end: number, maxPageSize: number): PagePlan {
  const length = Math.max(1, end - start);
  for (let size = length; size <= maxPageSize; size++) {
    const first = Math.floor(start / size);
    if (first === Math.floor((start + length - 1) / size)) {
      return { pageSize: size, pageNumbers: [first + 1], skip: start - first * size };
    }
  }
  const size = Math.min(length, maxPageSize);
  const first = Math.floor(start / size);
  const last = Math.floor((start + length - 1) / size);
  const pageNumbers = Array.from({ length: last - first + 1 }, (_, k) => first + k + 1);
  return { pageSize: size, pageNumbers, skip: start - first * size };
}
