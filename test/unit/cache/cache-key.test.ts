import { cacheKeyOf, grantScopeOf, stableJson } from '../../../src/cache/cache-key';
import type { TenantGrants } from '../../../src/domain/tenant';

const keyOf = (params: unknown, grantScope = 'system') =>
  cacheKeyOf({ provider: 'GRAVITINO', instanceId: 'gravitino-1', operation: 'ListJobs', params, grantScope });

describe('stableJson and the cache key', () => {
  it('ignores the order of object keys, at every level', () => {
    const a = { metalake: 'prod', query: { limit: 5, offset: 10, filter: { state: 'RUNNING', owner: 'x' } } };
    const b = { query: { filter: { owner: 'x', state: 'RUNNING' }, offset: 10, limit: 5 }, metalake: 'prod' };
    expect(stableJson(a)).toBe(stableJson(b));
    expect(keyOf(a)).toBe(keyOf(b));
  });

  it('keeps the order of arrays: a different order is a different key', () => {
    expect(stableJson({ ids: ['a', 'b'] })).not.toBe(stableJson({ ids: ['b', 'a'] }));
    expect(keyOf({ ids: ['a', 'b'] })).not.toBe(keyOf({ ids: ['b', 'a'] }));
  });

  it('treats an undefined member as a missing one, but never as null or another value', () => {
    expect(keyOf({ metalake: 'prod', cursor: undefined })).toBe(keyOf({ metalake: 'prod' }));
    expect(keyOf({ metalake: 'prod', cursor: null })).not.toBe(keyOf({ metalake: 'prod' }));
    expect(keyOf({ metalake: 'prod', cursor: '' })).not.toBe(keyOf({ metalake: 'prod' }));
    // Inside an array a hole keeps its place, as in JSON.
    expect(stableJson([1, undefined, 2])).toBe('[1,null,2]');
  });

  it('tells a string from the value it spells', () => {
    expect(keyOf({ limit: 5 })).not.toBe(keyOf({ limit: '5' }));
    expect(keyOf({ flag: true })).not.toBe(keyOf({ flag: 'true' }));
  });

  it('gives two tenants with different grants on the provider different keys, and equal grants (in any order) the same', () => {
    const prod: TenantGrants = { gravitinoMetalakes: ['prod_lake'] };
    const dev: TenantGrants = { gravitinoMetalakes: ['dev_lake'] };
    const both: TenantGrants = { gravitinoMetalakes: ['prod_lake', 'dev_lake'] };
    const bothReordered: TenantGrants = { gravitinoMetalakes: ['dev_lake', 'prod_lake', 'dev_lake'] };
    const params = { metalake: 'prod_lake' };
    const scopes = [prod, dev, both, {}].map((grants) => grantScopeOf(grants, 'GRAVITINO'));
    expect(new Set(scopes).size).toBe(4);
    expect(new Set(scopes.map((scope) => keyOf(params, scope))).size).toBe(4);
    expect(grantScopeOf(bothReordered, 'GRAVITINO')).toBe(grantScopeOf(both, 'GRAVITINO'));
    // Regions and instances narrow every provider; an empty list is not "everything".
    expect(grantScopeOf({ regions: ['cn-hangzhou'] }, 'GRAVITINO')).not.toBe(grantScopeOf({}, 'GRAVITINO'));
    expect(grantScopeOf({ regions: [] }, 'GRAVITINO')).not.toBe(grantScopeOf({}, 'GRAVITINO'));
    expect(grantScopeOf({ instances: { GRAVITINO: ['g1'] } }, 'GRAVITINO')).not.toBe(
      grantScopeOf({ instances: { GRAVITINO: ['g2'] } }, 'GRAVITINO'),
    );
    // A grant on another provider does not split this provider's entries.
    expect(grantScopeOf({ saeNamespaces: ['cn-hangzhou:prod'] }, 'GRAVITINO')).toBe(
      grantScopeOf({}, 'GRAVITINO'),
    );
    // Outside a request the scope is its own, never a tenant's.
    expect(grantScopeOf(undefined, 'GRAVITINO')).not.toBe(grantScopeOf({}, 'GRAVITINO'));
  });

  it('never spells out the instance id, the params or the grant scope in the key', () => {
    const key = keyOf({ metalake: 'secret_lake' }, 'scope-xyz');
    expect(key).toMatch(/^upstream:GRAVITINO:ListJobs:[A-Za-z0-9_-]+$/);
    expect(key).not.toContain('secret_lake');
    expect(key).not.toContain('gravitino-1');
    expect(key).not.toContain('scope-xyz');
  });
});
