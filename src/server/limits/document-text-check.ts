import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { LimitsConfig } from '../../config/limits.config';
import { QueryTooComplexError } from '../../errors/query-too-complex.error';

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Checks a document's text against the parser limits before graphql-js's recursive-descent parser
 * sees it: one pass of the (iterative) lexer, counting tokens and the nesting of `{ [ (`. It stops
 * at the first limit passed, so it costs at most `maxTokens` tokens whatever the document's size.
 * Deep nesting is what would otherwise exhaust the parser's stack; a lexical error is left to the
 * parser, which reports it with its position.
 */
export function checkDocumentText(
  text: string,
  limits: Pick<LimitsConfig, 'maxTokens' | 'maxParserRecursion'>,
): QueryTooComplexError | null {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > limits.maxTokens) return new QueryTooComplexError('maxTokens', tokens, limits.maxTokens);
      if (OPENING.has(token.kind)) {
        depth += 1;
        if (depth > limits.maxParserRecursion) {
          return new QueryTooComplexError('maxParserRecursion', depth, limits.maxParserRecursion);
        }
      } else if (CLOSING.has(token.kind)) {
        depth = Math.max(0, depth - 1);
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return null;
}
