/** The gateway refused the request before running it (HTTP 4xx/5xx with no data), with its typed code. */
export class GraphQLHttpError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** `extensions.code` of the first error, e.g. UNAUTHENTICATED, QUERY_TOO_COMPLEX. */
  readonly code: string | undefined;

  constructor(status: number, code: string | undefined, message: string) {
    super(message);
    this.name = 'GraphQLHttpError';
    this.status = status;
    this.code = code;
  }

  /** Whether asking the user for a key or token could help. */
  get needsCredential(): boolean {
    return this.status === 401 || this.code === 'UNAUTHENTICATED';
  }
}
