import { print } from 'graphql';
import { resolvePersistedQueries } from '../../../src/config/persisted-queries.config';
import { ANONYMOUS_TENANT } from '../../../src/domain/tenant';
import { sha256Hex } from '../../../src/server/persisted-queries/manifest';
import { EmrWorkspacesWithRunsDocument, NodeByIdDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { apqExtension, postGraphQL } from './persisted-http';

const QUERY = print(EmrWorkspacesWithRunsDocument);
const VARIABLES = { first: 2, runs: 2 };
const HASH = sha256Hex(QUERY);

/** A GET of `params` as Apollo clients send it (with the CSRF preflight header): status and cache headers. */
async function get(url: string, params: Record<string, unknown>) {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  const response = await fetch(`${url}?${search}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { errors?: unknown[] };
  return {
    status: response.status,
    errors: body.errors,
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
  };
}

/** What an uncacheable answer may carry: no header, or Apollo's explicit `no-store`. */
const UNCACHEABLE = [null, 'no-store'];

const persistedGet = { extensions: apqExtension(HASH), variables: VARIABLES };

/**
 * APQ over GET exists so CDNs can cache operations: a persisted GET that answered fully says for
 * how long (the upstream cache's list TTL, 5 s by default), shared (`public`) only when every caller
 * is the anonymous tenant; everything else stays uncacheable.
 */
describe('Cache-Control on GETs of persisted queries', () => {
  const started: TestGateway[] = [];
  const gateway = async (options: Parameters<typeof startTestGateway>[0] = {}) => {
    const gw = await startTestGateway(options);
    started.push(gw);
    await postGraphQL(gw.url, { query: QUERY, variables: VARIABLES, extensions: apqExtension(HASH) });
    return gw;
  };
  afterAll(() => Promise.all(started.map((gw) => gw.stop())));

  it('without auth, a full answer is public for the list TTL; POSTs, plain GETs and errors stay uncacheable', async () => {
    const gw = await gateway();
    const hit = await get(gw.url, persistedGet);
    expect(hit.status).toBe(200);
    expect(hit.errors).toBeUndefined();
    expect(hit.cacheControl).toBe('public, max-age=5');
    // The same operation by POST, and as full text over GET: not addressable by a CDN, so not marked.
    const post = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(persistedGet),
    });
    expect(post.status).toBe(200);
    expect(UNCACHEABLE).toContain(post.headers.get('cache-control'));
    expect(UNCACHEABLE).toContain((await get(gw.url, { query: QUERY, variables: VARIABLES })).cacheControl);
    // An answer with an error is never cached: a client must be able to retry it at once.
    const nodeQuery = print(NodeByIdDocument);
    const nodeHash = sha256Hex(nodeQuery);
    const variables = { id: 'not-a-global-id' };
    await postGraphQL(gw.url, { query: nodeQuery, variables, extensions: apqExtension(nodeHash) });
    const failed = await get(gw.url, { extensions: apqExtension(nodeHash), variables });
    expect(failed.errors).toBeDefined();
    expect(UNCACHEABLE).toContain(failed.cacheControl);
  }, 60_000);

  it('with auth, the answer is private to the caller and varies on the credential headers', async () => {
    const gw = await gateway({ gateway: { authenticate: async () => ({ tenant: ANONYMOUS_TENANT }) } });
    const hit = await get(gw.url, persistedGet);
    expect(hit.status).toBe(200);
    expect(hit.cacheControl).toBe('private, max-age=5');
    expect(hit.vary?.toLowerCase()).toContain('authorization');
    expect(hit.vary?.toLowerCase()).toContain('x-api-key');
  }, 60_000);

  it('persistedQueries.apq.getMaxAgeSeconds: 0 turns the header off', async () => {
    const apq = { ...resolvePersistedQueries({ apq: { getMaxAgeSeconds: 0 } }).apq };
    const gw = await gateway({ gateway: { persistedQueries: { apq } } });
    const hit = await get(gw.url, persistedGet);
    expect(hit.status).toBe(200);
    expect(UNCACHEABLE).toContain(hit.cacheControl);
  }, 60_000);
});
