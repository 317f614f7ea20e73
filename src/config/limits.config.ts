import { z } from 'zod';

/**
 * What one GraphQL request may ask for, checked before anything executes (reliability.md §6.5).
 * Sized from real operations: the README's samples and the codegen documents stay well inside
 * every limit, while the review's hostile queries (deep link cycles, alias floods, 100 × `nodes`)
 * are refused with zero upstream calls.
 */
export const LIMITS_DEFAULTS = {
  /** Largest request body (document + variables); larger is answered 413. Apollo Router: 2 MB. */
  maxBodyBytes: 1024 * 1024,
  /** Lexer tokens in a document (graphql-js `maxTokens`). Armor: 1,000; Router: 15,000. */
  maxTokens: 5_000,
  /** Nesting of braces, brackets and parentheses in a document, checked before the recursive parser runs. */
  maxParserRecursion: 64,
  /** Field nesting (fragments expanded). Armor: 6. */
  maxDepth: 12,
  /** Aliased fields in an operation. Armor: 15. */
  maxAliases: 30,
  /** Fields at the root of an operation. */
  maxRootFields: 20,
  /** Directive uses in an operation. */
  maxDirectives: 20,
  /** Field selections with fragments expanded, duplicates counted (stops field duplication). */
  maxFieldSelections: 1_000,
  /** Objects a query can build: page sizes and id lists multiplied through nesting. GitHub: 500,000 nodes. */
  maxObjects: 25_000,
  /** Upstream calls a query can make, from what the loaders know. */
  maxUpstreamCalls: 250,
  /** Whole-request deadline; past it (or when the client hangs up) no upstream call is started. */
  requestDeadlineMs: 15_000,
  /** Longest string argument or variable, cursors and ids included. */
  maxStringLength: 4_096,
} as const;

/** The resolved request limits. */
export type LimitsConfig = { -readonly [K in keyof typeof LIMITS_DEFAULTS]: number };

const positiveInt = z.number().int().positive();

/** `limits:` in the config file: any subset of the keys, each a positive integer. */
export const limitsSchema = z
  .object(
    Object.fromEntries(Object.keys(LIMITS_DEFAULTS).map((key) => [key, positiveInt.optional()])) as Record<
      keyof LimitsConfig,
      z.ZodOptional<typeof positiveInt>
    >,
  )
  .strict();

/** The config file's overrides over the defaults. */
export function resolveLimits(overrides: Partial<LimitsConfig> | undefined): LimitsConfig {
  const resolved: LimitsConfig = { ...LIMITS_DEFAULTS };
  for (const [key, value] of Object.entries(overrides ?? {}))
    if (value !== undefined) resolved[key as keyof LimitsConfig] = value;
  return resolved;
}
