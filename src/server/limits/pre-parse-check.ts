import type { LimitsConfig } from '../../config/limits.config';
import { costReport } from '../cost/cost-report';
import { checkDocumentText } from './document-text-check';

/** A response the HTTP handler sends instead of handing the request to Apollo. */
export interface PreParseRefusal {
  readonly status: number;
  readonly body: unknown;
}

/** The document texts of a GraphQL-over-HTTP request: POST JSON (one or a batch) or GET `query`. */
function documentTexts(body: unknown, search: string): string[] {
  if (body === undefined) {
    const query = new URLSearchParams(search).get('query');
    return query === null ? [] : [query];
  }
  const requests: unknown[] = Array.isArray(body) ? body : [body];
  return requests.flatMap((request) =>
    request !== null &&
    typeof request === 'object' &&
    typeof (request as { query?: unknown }).query === 'string'
      ? [(request as { query: string }).query]
      : [],
  );
}

/**
 * The parser limits, applied in the HTTP handler before Apollo parses anything: Apollo runs the
 * recursive parser right after its `parsingDidStart` hook, and a plugin cannot stop it there
 * without the request turning into a 500. A refused document is answered 400 with a
 * QUERY_TOO_COMPLEX error carrying the numbers, and `extensions.cost` as on every response.
 */
export function createPreParseCheck(
  limits: LimitsConfig,
): (body: unknown, search: string) => PreParseRefusal | null {
  return (body, search) => {
    for (const text of documentTexts(body, search)) {
      const refusal = checkDocumentText(text, limits);
      if (refusal) {
        return {
          status: 400,
          body: {
            errors: [{ message: refusal.message, extensions: { ...refusal.extensions } }],
            extensions: { cost: costReport(undefined, 0, limits) },
          },
        };
      }
    }
    return null;
  };
}
