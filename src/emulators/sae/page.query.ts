import type { SaeParams } from './param-reader.query';

/** SAE paging: 1-based CurrentPage and a PageSize from 0 up to the operation's ceiling. */
export interface SaePaging {
  readonly currentPage: number;
  readonly pageSize: number;
}

/** Page size used when the caller sends none (the doc's example value). */
export const SAE_DEFAULT_PAGE_SIZE = 20;

/** The largest CurrentPage accepted; beyond any real listing, and keeps offsets safe integers. */
export const SAE_MAX_CURRENT_PAGE = 1_000_000;

/** Reads CurrentPage/PageSize with the operation's PageSize ceiling. */
export function readPaging(params: SaeParams, maxPageSize: number): SaePaging {
  return {
    currentPage: params.int('CurrentPage', { min: 1, max: SAE_MAX_CURRENT_PAGE, fallback: 1 }),
    pageSize: params.int('PageSize', { min: 0, max: maxPageSize, fallback: SAE_DEFAULT_PAGE_SIZE }),
  };
}
