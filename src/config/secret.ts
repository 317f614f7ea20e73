import { z } from 'zod';

/**
 * A secret read from the environment. It prints as `[redacted]` in logs, JSON and util.inspect,
 * so a config object can be logged or thrown without leaking it; `reveal()` is the only way out.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself, for the one place that needs it (a signer, an auth header). */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[redacted]';
  }

  toJSON(): string {
    return '[redacted]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret([redacted])';
  }
}

/**
 * How a config file names a secret: `{ env: NAME }`. A literal string is refused on purpose:
 * secrets come from the environment or the credential chain, never from the file.
 */
export const secretRefSchema = z.union(
  [
    z.object({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name') }).strict(),
    z.string().transform((_value, ctx) => {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'secrets may not be written in the config file; use { env: VARIABLE_NAME }',
      });
      return z.NEVER;
    }),
  ],
  { errorMap: () => ({ message: 'expected a secret reference { env: VARIABLE_NAME }' }) },
);

/** A parsed secret reference. */
export type SecretRef = { readonly env: string };
