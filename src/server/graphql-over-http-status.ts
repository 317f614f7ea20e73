/**
 * Apollo's codes for GraphQL request errors: the document did not parse or validate, a variable
 * did not coerce, or the named operation is not in the document. HTTP request errors (bad JSON,
 * no `query`, wrong parameter types: `BAD_REQUEST`) are not among them.
 */
const GRAPHQL_REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The HTTP status to send for Apollo's answer, per GraphQL-over-HTTP. Apollo answers a GraphQL
 * request error with 400 in both media types; the spec wants that for
 * `application/graphql-response+json`, but for a well-formed request answered as
 * `application/json` (the legacy media type, whose clients read errors from a 200 body) it asks
 * for 200 (graphql-http audits 572B, FDE2, 7B9B). So a 400 JSON body is turned into 200 only when
 * it is a GraphQL response whose every error is a GraphQL request error; anything else keeps its
 * status.
 */
export function graphqlOverHttpStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType || !/^application\/json\b/i.test(contentType)) return status;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return status;
  }
  if (typeof parsed !== 'object' || parsed === null || 'data' in parsed) return status;
  const errors = (parsed as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return status;
  const requestErrorsOnly = errors.every((error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code === 'string' && GRAPHQL_REQUEST_ERROR_CODES.has(code);
  });
  return requestErrorsOnly ? 200 : status;
}
