import { print } from 'graphql';
import { EmrWorkspacesWithRunsDocument } from '../../__generated__/operations';
import { buildManifest } from '../../../src/server/persisted-queries/build-manifest';
import { sha256Hex } from '../../../src/server/persisted-queries/manifest';
import { resolvePersistedQueries } from '../../../src/config/persisted-queries.config';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { apqExtension, postGraphQL, upstreamCalls } from './persisted-http';

const LISTED = print(EmrWorkspacesWithRunsDocument);
const VARIABLES = { first: 2, runs: 1 };
const UNLISTED = '{ workspaces(first: 1) { nodes { id } } }';

/** Safelist mode: a manifest of the test operations, and nothing else runs. */
describe('safelist mode', () => {
  let gw: TestGateway;
  const manifest = buildManifest([EmrWorkspacesWithRunsDocument]);
  beforeAll(async () => {
    gw = await startTestGateway({
      gateway: {
        persistedQueries: {
          apq: { ...resolvePersistedQueries().apq, enabled: true },
          safelist: manifest,
        },
      },
    });
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('lists the operation under the sha256 of exactly what a client sends', () => {
    expect(manifest.operations).toEqual([
      { id: sha256Hex(LISTED), name: 'EmrWorkspacesWithRuns', type: 'query', body: LISTED },
    ]);
  });

  it('runs a listed operation sent in full or by its id alone, with the same upstream calls', async () => {
    const full = await postGraphQL(gw.url, { query: LISTED, variables: VARIABLES });
    expect(full.errors).toBeUndefined();
    const calls = upstreamCalls(gw);
    expect(calls).toBeGreaterThan(0);
    gw.resetEmulators();
    const byId = await postGraphQL(gw.url, {
      variables: VARIABLES,
      extensions: apqExtension(sha256Hex(LISTED)),
    });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual(full.data);
    expect(upstreamCalls(gw)).toBe(calls);
  });

  it('refuses an unlisted document with OPERATION_NOT_IN_SAFELIST (400) and calls nothing upstream', async () => {
    const answer = await postGraphQL(gw.url, { query: UNLISTED });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('an unlisted document cannot be registered by APQ: refused, and its hash stays unknown', async () => {
    const hash = sha256Hex(UNLISTED);
    const register = await postGraphQL(gw.url, { query: UNLISTED, extensions: apqExtension(hash) });
    expect(register.errors?.map((error) => error.extensions?.code)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    const byHash = await postGraphQL(gw.url, { extensions: apqExtension(hash) });
    expect(byHash.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('a listed operation reformatted is another document, so it is refused', async () => {
    const answer = await postGraphQL(gw.url, { query: `${LISTED}\n`, variables: VARIABLES });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    expect(upstreamCalls(gw)).toBe(0);
  });

  it('still answers introspection where it is allowed (here: no authentication)', async () => {
    const answer = await postGraphQL(gw.url, { query: '{ __schema { queryType { name } } }' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('APQ turned off', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      gateway: {
        persistedQueries: { apq: { ...resolvePersistedQueries().apq, enabled: false, ttlSeconds: 1 } },
      },
    });
  });
  afterAll(() => gw.stop());

  it('answers PERSISTED_QUERY_NOT_SUPPORTED, so Apollo clients fall back to full queries', async () => {
    const answer = await postGraphQL(gw.url, { extensions: apqExtension(sha256Hex(UNLISTED)) });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    expect(upstreamCalls(gw)).toBe(0);
  });
});
