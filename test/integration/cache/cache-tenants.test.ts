import { print } from 'graphql';
import { GravitinoJobTemplatesPageDocument } from '../../__generated__/operations';
import type { Tenant } from '../../../src/domain/tenant';
import { testCache, upstreamOf } from '../../helpers/cache-fixtures';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const TENANTS: Readonly<Record<string, Tenant>> = {
  everything: { id: 'everything', grants: {} },
  // Another tenant with the same reach: it may share the first one's entries.
  alsoEverything: { id: 'also-everything', grants: {} },
  prodOnly: { id: 'prod-only', grants: { gravitinoMetalakes: ['prod_lake'] } },
};

describe('the cross-request cache and tenants', () => {
  const cache = testCache();
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      cache: cache.cache,
      gateway: {
        authenticate: async (req) => {
          const tenant = TENANTS[String(req.headers['x-test-tenant'])];
          if (!tenant) throw new Error('test tenant missing');
          return { tenant };
        },
      },
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await cache.cache.close();
  });

  const runAs = async (tenant: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-tenant': tenant },
      body: JSON.stringify({
        query: print(GravitinoJobTemplatesPageDocument),
        variables: { metalake: 'prod_lake', first: 3 },
      }),
    });
    return (await response.json()) as { errors?: unknown[] };
  };

  it('never answers one tenant from an entry of a tenant with other grants; same grants share', async () => {
    gateway.resetEmulators();
    expect((await runAs('everything')).errors).toBeUndefined();
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(1);
    // Both may read prod_lake, but their grants differ: no shared entry.
    const other = await runAs('prodOnly');
    expect(other.errors).toBeUndefined();
    expect(upstreamOf(other).cacheHits).toBe(0);
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(2);
    const same = await runAs('alsoEverything');
    expect(upstreamOf(same)).toEqual(expect.objectContaining({ calls: 0, cacheHits: 1 }));
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(2);
  });
});
