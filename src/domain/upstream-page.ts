/** A page from a token-paged upstream (EMR): forward only. */
export interface TokenPage<T> {
  readonly items: readonly T[];
  /** Where the next page starts, or null after the last page. */
  readonly nextToken: string | null;
  /** Total matches, when the upstream reports it. */
  readonly totalCount: number | null;
}

/** A page from a page-number upstream (PAI, SAE): random access by number. */
export interface NumberedPage<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
}
