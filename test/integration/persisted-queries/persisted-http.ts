import type { TestGateway } from '../../helpers/test-gateway';

/** A GraphQL answer as these tests read it. */
export interface PersistedAnswer {
  readonly status: number;
  readonly data?: unknown;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Apollo's APQ extension for a hash. */
export function apqExtension(sha256Hash: string) {
  return { persistedQuery: { version: 1, sha256Hash } };
}

async function answerOf(response: Response): Promise<PersistedAnswer> {
  const body = (await response.json()) as Omit<PersistedAnswer, 'status'>;
  return { status: response.status, ...body };
}

/** POSTs a GraphQL-over-HTTP body as JSON. */
export async function postGraphQL(url: string, body: unknown): Promise<PersistedAnswer> {
  return answerOf(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** GETs `/graphql?...`, each parameter JSON-encoded unless it is a string, with exactly `headers`. */
export async function getGraphQL(
  url: string,
  params: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<PersistedAnswer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  return answerOf(await fetch(`${url}?${search}`, { headers: { accept: 'application/json', ...headers } }));
}

/** Every upstream call the four emulators logged since the last reset. */
export function upstreamCalls(gw: TestGateway): number {
  return (['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'] as const).reduce(
    (total, provider) => total + gw.calls(provider).length,
    0,
  );
}
