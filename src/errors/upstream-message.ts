import type { UpstreamErrorCode } from './error-code';

/** The typed facts a client-facing sentence about a failed upstream call is written from. */
export interface UpstreamMessageFacts {
  readonly provider: string;
  readonly operation: string;
  readonly classification: UpstreamErrorCode;
  /** The provider's code, already allowlisted (safeUpstreamCode); null when absent or refused. */
  readonly code: string | null;
  readonly status?: number;
}

/**
 * jobgraph's own sentence for a failed upstream answer, written only from typed fields, e.g.
 * "PAI_DLC ListJobs was throttled (Throttling.User); retry later.". The upstream's free text never
 * goes into it: that text is for the server log, redacted (redactForLog).
 */
export function upstreamMessage(facts: UpstreamMessageFacts): string {
  const { provider, operation, classification, code, status } = facts;
  const call = `${provider} ${operation}`;
  const why = [status !== undefined ? `HTTP ${status}` : null, code]
    .filter((part) => part !== null)
    .join(', ');
  const because = why === '' ? '' : ` (${why})`;
  switch (classification) {
    case 'UPSTREAM_THROTTLED':
      return `${call} was throttled${because}; retry later.`;
    case 'UPSTREAM_UNAVAILABLE':
      return `${call} is unavailable${because}; retry later.`;
    case 'UPSTREAM_TIMEOUT':
      return `${call} timed out${because}.`;
    case 'NOT_FOUND':
      return `${call} did not find the requested object${because}.`;
    case 'BAD_USER_INPUT':
      return `${call} rejected the request's parameters${because}.`;
    case 'UNAUTHENTICATED':
      return `${call} refused the gateway's credentials or permissions${because}.`;
    case 'UPSTREAM_ERROR':
      return `${call} failed${because}.`;
  }
}
