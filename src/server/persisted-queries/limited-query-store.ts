import type { LimitsConfig } from '../../config/limits.config';
import { checkDocumentText } from '../limits/document-text-check';
import type { PersistedQueryStore } from './query-store';

/**
 * The store as Apollo sees it, with the request limits on what goes in and comes out. A text
 * arriving by hash never passes the HTTP handler's pre-parse check (tokens, bracket nesting) nor
 * its body limit, and a shared store may hold texts another gateway, with looser limits,
 * registered. So a stored text over `maxBodyBytes` or the parser limits is a miss: the client gets
 * PERSISTED_QUERY_NOT_FOUND, re-sends the full text, and that is refused with QUERY_TOO_COMPLEX or
 * 413 as any request would be. The limits that need the parsed operation (depth, aliases, cost...)
 * run in the cost plugin on every operation, wherever its text came from.
 */
export function limitedQueryStore(
  store: PersistedQueryStore,
  limits: Pick<LimitsConfig, 'maxBodyBytes' | 'maxTokens' | 'maxParserRecursion'>,
): PersistedQueryStore {
  const fits = (text: string) =>
    Buffer.byteLength(text, 'utf8') <= limits.maxBodyBytes && checkDocumentText(text, limits) === null;
  return {
    async get(key) {
      const text = await store.get(key);
      return typeof text === 'string' && fits(text) ? text : undefined;
    },
    async set(key, value, options) {
      if (fits(value)) await store.set(key, value, options);
    },
    delete: (key) => store.delete(key),
  };
}
