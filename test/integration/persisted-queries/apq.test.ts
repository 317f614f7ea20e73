import { print } from 'graphql';
import { LIMITS_DEFAULTS } from '../../../src/config/limits.config';
import { EmrWorkspacesWithRunsDocument } from '../../__generated__/operations';
import { sha256Hex } from '../../../src/server/persisted-queries/manifest';
import { createUpstreamCache } from '../../../src/cache/create-upstream-cache';
import { CacheKeyValueStore } from '../../../src/cache/key-value-cache';
import { resolveCache } from '../../../src/config/cache.config';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { apqExtension, getGraphQL, postGraphQL, upstreamCalls } from './persisted-http';

const QUERY = print(EmrWorkspacesWithRunsDocument);
const VARIABLES = { first: 2, runs: 2 };
const HASH = sha256Hex(QUERY);

/**
 * Automatic persisted queries over real HTTP, on Apollo's protocol: a client registers a query by
 * sending it with its sha256, then sends the hash alone (POST, or GET for CDNs). Upstream calls
 * are counted in the emulators' request logs.
 */
describe('automatic persisted queries', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('a registered query sent by hash alone makes the same upstream calls as the full query', async () => {
    const full = await postGraphQL(gw.url, {
      query: QUERY,
      variables: VARIABLES,
      extensions: apqExtension(HASH),
    });
    expect(full.errors).toBeUndefined();
    const fullCalls = upstreamCalls(gw);
    expect(fullCalls).toBeGreaterThan(0);
    gw.resetEmulators();
    const byHash = await postGraphQL(gw.url, { variables: VARIABLES, extensions: apqExtension(HASH) });
    expect(byHash.status).toBe(200);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(full.data);
    expect(upstreamCalls(gw)).toBe(fullCalls);
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND and calls nothing upstream', async () => {
    const answer = await postGraphQL(gw.url, {
      extensions: apqExtension(sha256Hex('{ __typename }#unknown')),
    });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('a hash that does not match its query is refused (400) and registers nothing', async () => {
    const query = '{ workspaces(first: 1) { nodes { id } } }';
    const wrong = sha256Hex(`${query} `);
    const refused = await postGraphQL(gw.url, { query, extensions: apqExtension(wrong) });
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    for (const hash of [wrong, sha256Hex(query)]) {
      const lookup = await postGraphQL(gw.url, { extensions: apqExtension(hash) });
      expect(lookup.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('GET by hash runs with a preflight header or a JSON content type, as Apollo clients send', async () => {
    await postGraphQL(gw.url, { query: QUERY, variables: VARIABLES, extensions: apqExtension(HASH) });
    gw.resetEmulators();
    const params = {
      extensions: apqExtension(HASH),
      variables: VARIABLES,
      operationName: 'EmrWorkspacesWithRuns',
    };
    const preflight = await getGraphQL(gw.url, params, { 'apollo-require-preflight': 'true' });
    expect(preflight.status).toBe(200);
    expect(preflight.errors).toBeUndefined();
    const perGet = upstreamCalls(gw);
    expect(perGet).toBeGreaterThan(0);
    const json = await getGraphQL(gw.url, params, { 'content-type': 'application/json' });
    expect(json.status).toBe(200);
    expect(json.data).toEqual(preflight.data);
    expect(upstreamCalls(gw)).toBe(2 * perGet);
  });

  it('GET by hash without either is refused by CSRF prevention and calls nothing upstream', async () => {
    await postGraphQL(gw.url, { query: QUERY, variables: VARIABLES, extensions: apqExtension(HASH) });
    gw.resetEmulators();
    const answer = await getGraphQL(gw.url, { extensions: apqExtension(HASH), variables: VARIABLES }, {});
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('GET never runs a mutation, and GraphiQL is still served on GET', async () => {
    const mutation = await getGraphQL(
      gw.url,
      { query: 'mutation { __typename }' },
      { 'apollo-require-preflight': 'true' },
    );
    // Refused at validation (the schema is read-only), before Apollo's own GET-only-queries rule.
    expect(mutation.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(mutation.data).toBeUndefined();
    const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(upstreamCalls(gw)).toBe(0);
  });
});

/**
 * The request limits hold for a query that arrives by hash: a strict gateway shares its store
 * (the gateway cache's KeyValueCache adapter) with a lenient one (as gateways sharing a Redis do), so the store holds texts the strict one
 * would never have registered itself.
 */
describe('request limits on persisted queries', () => {
  // The gateway's own cache through its KeyValueCache adapter, as `jobgraph start` wires it.
  const { cache } = createUpstreamCache(resolveCache());
  const store = new CacheKeyValueStore(cache);
  let lenient: TestGateway;
  let strict: TestGateway;
  beforeAll(async () => {
    lenient = await startTestGateway({ gateway: { cacheStore: store } });
    strict = await startTestGateway({
      gateway: {
        cacheStore: store,
        limits: {
          ...LIMITS_DEFAULTS,
          maxDepth: 3,
          maxTokens: 40,
        },
      },
    });
  });
  beforeEach(() => {
    lenient.resetEmulators();
    strict.resetEmulators();
  });
  afterAll(async () => {
    await strict?.stop();
    await lenient?.stop();
    await cache.close();
  });

  const DEEP = '{ workspaces(first: 1) { nodes { jobRuns(first: 1) { nodes { workspace { id } } } } } }';
  const MANY_TOKENS = `{ workspaces(first: 1) { nodes { ${'id '.repeat(40)}} } }`;

  it('a registered hash whose operation exceeds maxDepth is refused with QUERY_TOO_COMPLEX, nothing called', async () => {
    const registered = await postGraphQL(lenient.url, {
      query: DEEP,
      extensions: apqExtension(sha256Hex(DEEP)),
    });
    expect(registered.errors).toBeUndefined();
    const answer = await postGraphQL(strict.url, { extensions: apqExtension(sha256Hex(DEEP)) });
    expect(answer.status).toBe(400);
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.limit])).toEqual([
      ['QUERY_TOO_COMPLEX', 'maxDepth'],
    ]);
    expect(upstreamCalls(strict)).toBe(0);
  });

  it('a registered hash whose text exceeds maxTokens is not found, and its full text is QUERY_TOO_COMPLEX', async () => {
    const hash = sha256Hex(MANY_TOKENS);
    expect(
      (await postGraphQL(lenient.url, { query: MANY_TOKENS, extensions: apqExtension(hash) })).errors,
    ).toBeUndefined();
    const byHash = await postGraphQL(strict.url, { extensions: apqExtension(hash) });
    expect(byHash.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const full = await postGraphQL(strict.url, { query: MANY_TOKENS, extensions: apqExtension(hash) });
    expect(full.status).toBe(400);
    expect(full.errors?.map((error) => [error.extensions?.code, error.extensions?.limit])).toEqual([
      ['QUERY_TOO_COMPLEX', 'maxTokens'],
    ]);
    expect(upstreamCalls(strict)).toBe(0);
  });

  it('a query refused by the limits while registering is not stored', async () => {
    const query = '{ gravitinoMetalakes(first: 1) { nodes { jobs(first: 1) { nodes { id } } } } }';
    const hash = sha256Hex(query);
    const refused = await postGraphQL(strict.url, { query, extensions: apqExtension(hash) });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await store.get(`apq:${hash}`)).toBeUndefined();
    const byHash = await postGraphQL(lenient.url, { extensions: apqExtension(hash) });
    expect(byHash.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(upstreamCalls(strict) + upstreamCalls(lenient)).toBe(0);
  });
});
