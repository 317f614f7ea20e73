import { GatewayError } from './gateway-error';

/**
 * A `jobs` source whose upstream did not list it newest first had to be read whole, and that would
 * take more upstream calls than the page may make (`jobsPageReads`). The source's jobs are left out
 * of the page rather than served out of order; a narrower time window or a larger page reads it.
 */
export class FullReadBudgetError extends GatewayError<'QUERY_TOO_COMPLEX'> {
  constructor(provider: string, maximum: number) {
    super(
      `A ${provider} source did not list its jobs newest first, and reading it whole would take more than the ${maximum} upstream calls this jobs page may make; its jobs are missing from this page. Narrow the filter's createdAfter/createdBefore window, or ask a larger page (first).`,
      'QUERY_TOO_COMPLEX',
      { limit: 'jobsPageReads', maximum },
    );
  }
}
