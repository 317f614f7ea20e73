import type { LimitsConfig } from '../config/limits.config';
import { GatewayError } from './gateway-error';

/** The request limits a document can exceed before it runs (keys of `limits:` in the config). */
export type ComplexityLimit = Extract<
  keyof LimitsConfig,
  | 'maxTokens'
  | 'maxParserRecursion'
  | 'maxDepth'
  | 'maxAliases'
  | 'maxRootFields'
  | 'maxDirectives'
  | 'maxFieldSelections'
  | 'maxObjects'
  | 'maxUpstreamCalls'
>;

/** How each limit is worded to a client; the numbers come from the typed fields, never from input. */
const WHAT: Record<ComplexityLimit, string> = {
  maxTokens: 'tokens in the document',
  maxParserRecursion: 'nesting of brackets in the document',
  maxDepth: 'field depth',
  maxAliases: 'aliased fields',
  maxRootFields: 'root fields',
  maxDirectives: 'directive uses',
  maxFieldSelections: 'field selections (fragments expanded)',
  maxObjects: 'objects the query can build',
  maxUpstreamCalls: 'upstream calls the query can make',
};

/**
 * A document refused before execution because it exceeds one request limit. `extensions` carry
 * which limit (`limit`, the config key), the value found and the maximum, so a client can fix its
 * query without guessing; nothing was called upstream.
 */
export class QueryTooComplexError extends GatewayError<'QUERY_TOO_COMPLEX'> {
  constructor(
    readonly limit: ComplexityLimit,
    readonly found: number,
    readonly maximum: number,
  ) {
    super(
      `Query too complex: ${WHAT[limit]} ${found} exceeds the limit of ${maximum} (${limit}).`,
      'QUERY_TOO_COMPLEX',
      {
        limit,
        found,
        maximum,
      },
    );
  }
}
