/**
 * The `extensions.code` of an error that `@catch(to: RESULT)` handed over. Relay keeps the
 * response's error without its message, so the typed code is what the page can tell the user.
 */
export function caughtErrorCode(error: unknown): string {
  const extensions = (error as { extensions?: { code?: unknown } } | null)?.extensions;
  return typeof extensions?.code === 'string' ? extensions.code : 'UNEXPECTED';
}

const EXPLANATIONS: Readonly<Record<string, string>> = {
  NOT_FOUND: 'Nothing with this id exists, or it is not yours to read.',
  BAD_USER_INPUT: 'This is not a global id of this API.',
  UPSTREAM_UNAVAILABLE: 'The provider that holds it cannot be reached right now.',
  UPSTREAM_TIMEOUT: 'The provider that holds it did not answer in time.',
  UPSTREAM_THROTTLED: 'The provider that holds it is throttling requests; try again shortly.',
  UPSTREAM_ERROR: 'The provider that holds it answered with an error.',
};

/** A sentence for the user about a typed error code. */
export function explainErrorCode(code: string): string {
  return EXPLANATIONS[code] ?? 'The API could not answer.';
}
