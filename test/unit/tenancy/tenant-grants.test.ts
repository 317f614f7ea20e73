import type { Tenant, TenantGrants } from '../../../src/domain/tenant';
import {
  grantedScope,
  mayReadEmrWorkspace,
  mayReadGravitinoMetalake,
  mayReadInstance,
  mayReadPaiWorkspace,
  mayReadSaeNamespace,
} from '../../../src/domain/tenant-grants';
import type {
  ProviderRegistry,
  RegisteredGravitino,
  RegisteredInstance,
} from '../../../src/providers/provider-registry';
import { grantedProviders } from '../../../src/server/granted-providers';

const tenant = (grants: TenantGrants): Tenant => ({ id: 't', grants });

describe('tenant grants', () => {
  it('undefined grants every object at its level; [] grants none', () => {
    const all = tenant({});
    const none = tenant({
      emrWorkspaces: [],
      paiWorkspaces: [],
      saeNamespaces: [],
      gravitinoMetalakes: [],
      regions: [],
    });
    expect([
      mayReadEmrWorkspace(all, 'w-1'),
      mayReadPaiWorkspace(all, null),
      mayReadSaeNamespace(all, null),
      mayReadGravitinoMetalake(all, 'lake'),
      mayReadInstance(all, 'SAE', 'sae', 'cn-hangzhou'),
    ]).toEqual([true, true, true, true, true]);
    expect([
      mayReadEmrWorkspace(none, 'w-1'),
      mayReadPaiWorkspace(none, '268'),
      mayReadSaeNamespace(none, 'cn-hangzhou'),
      mayReadGravitinoMetalake(none, 'lake'),
      mayReadInstance(none, 'SAE', 'sae', 'cn-hangzhou'),
    ]).toEqual([false, false, false, false, false]);
  });

  it('an object that names no workspace or namespace is refused to a tenant limited at that level', () => {
    const limited = tenant({ paiWorkspaces: ['268'], saeNamespaces: ['cn-hangzhou'] });
    expect(mayReadPaiWorkspace(limited, null)).toBe(false);
    expect(mayReadPaiWorkspace(limited, '')).toBe(false);
    expect(mayReadSaeNamespace(limited, null)).toBe(false);
    expect(mayReadPaiWorkspace(limited, '268')).toBe(true);
  });

  it('instances are limited per provider and by region; Gravitino has no region to limit', () => {
    const limited = tenant({ instances: { PAI_DLC: ['pai-hz'] }, regions: ['cn-hangzhou'] });
    expect(mayReadInstance(limited, 'PAI_DLC', 'pai-hz', 'cn-hangzhou')).toBe(true);
    expect(mayReadInstance(limited, 'PAI_DLC', 'pai-sh', 'cn-hangzhou')).toBe(false);
    expect(mayReadInstance(limited, 'SAE', 'sae-sh', 'cn-shanghai')).toBe(false);
    expect(mayReadInstance(limited, 'SAE', 'sae-hz', 'cn-hangzhou')).toBe(true);
    expect(mayReadInstance(limited, 'GRAVITINO', 'main', null)).toBe(true);
  });

  it('grantedScope: null when unlimited, else the granted ids (deduplicated), or the asked one if granted', () => {
    expect(grantedScope(tenant({}), 'paiWorkspaces', '268')).toBeNull();
    expect(grantedScope(tenant({ paiWorkspaces: ['1', '2', '1'] }), 'paiWorkspaces', null)).toEqual([
      '1',
      '2',
    ]);
    expect(grantedScope(tenant({ paiWorkspaces: ['1', '2'] }), 'paiWorkspaces', '2')).toEqual(['2']);
    expect(grantedScope(tenant({ paiWorkspaces: ['1', '2'] }), 'paiWorkspaces', '3')).toEqual([]);
    expect(grantedScope(tenant({ saeNamespaces: [] }), 'saeNamespaces', undefined)).toEqual([]);
  });
});

describe('grantedProviders', () => {
  const instance = (
    provider: RegisteredInstance<unknown>['provider'],
    id: string,
    regionId: string | null,
  ) => ({
    id,
    provider,
    regionId,
    client: {} as never,
    breakerState: () => 'closed' as const,
  });
  const gravitino: RegisteredGravitino = { ...instance('GRAVITINO', 'main', null), metalakes: ['a', 'b'] };
  const registry: ProviderRegistry = {
    emrServerlessSpark: [
      instance('EMR_SERVERLESS_SPARK', 'emr-hz', 'cn-hangzhou'),
      instance('EMR_SERVERLESS_SPARK', 'emr-sh', 'cn-shanghai'),
    ],
    paiDlc: [instance('PAI_DLC', 'pai', 'cn-hangzhou')],
    sae: [instance('SAE', 'sae', 'cn-shanghai')],
    gravitino: [gravitino],
    all: () => [],
    close: async () => undefined,
  };

  it('an unlimited tenant sees the registry itself', () => {
    expect(grantedProviders(registry, tenant({ emrWorkspaces: ['w-1'] }))).toBe(registry);
  });

  it('keeps only granted instances and, on Gravitino instances, granted metalakes', () => {
    const view = grantedProviders(registry, tenant({ regions: ['cn-hangzhou'], gravitinoMetalakes: ['b'] }));
    expect(view.emrServerlessSpark.map((i) => i.id)).toEqual(['emr-hz']);
    expect(view.paiDlc.map((i) => i.id)).toEqual(['pai']);
    expect(view.sae).toEqual([]);
    expect(view.gravitino.map((i) => [i.id, i.metalakes])).toEqual([['main', ['b']]]);
    expect(gravitino.metalakes).toEqual(['a', 'b']);
    const blind = grantedProviders(registry, tenant({ instances: { GRAVITINO: [] } }));
    expect(blind.gravitino).toEqual([]);
    expect(blind.emrServerlessSpark).toHaveLength(2);
  });
});
