/** A mistake on the command line: printed as one line to stderr, exit code 2, never a stack trace. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
