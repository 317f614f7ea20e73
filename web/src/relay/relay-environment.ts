import { Environment, Network, RecordSource, Store, type FetchFunction } from 'relay-runtime';
import { storedCredential } from '../auth/stored-credential';
import { GraphQLHttpError } from './graphql-http-error';

interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Posts each operation to the gateway's /graphql on this origin, with the tab's credential as
 * `Authorization: Bearer` when there is one (src/auth/presented-credentials.ts reads it there).
 * A response with data, even partial, goes to Relay; one without is a GraphQLHttpError.
 */
const fetchGraphQL: FetchFunction = async (operation, variables) => {
  const credential = storedCredential();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: JSON.stringify({ query: operation.text, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLBody;
  if (body.data === undefined || body.data === null) {
    const first = body.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    throw new GraphQLHttpError(response.status, code, first?.message ?? `HTTP ${response.status}`);
  }
  return body as never;
};

/** One Relay store for the whole app: the only state it keeps beyond the URL. */
export function createRelayEnvironment(): Environment {
  return new Environment({ network: Network.create(fetchGraphQL), store: new Store(new RecordSource()) });
}
