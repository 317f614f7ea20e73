// The EMR Serverless Spark workspace mapper on fixtures: the ListWorkspaces doc example plus odd
// records (missing optional fields, unknown statuses, null lists, malformed quota JSON strings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  mapWorkspace,
  parseQuotaResources,
} from '../../../../src/providers/emr-serverless-spark/emr-serverless-spark-workspace.mapper';
import type { ListWorkspacesResponseBody } from '../../../../src/providers/emr-serverless-spark/emr-serverless-spark-workspace.dto';

function fixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(join(__dirname, '../../../fixtures/emr-serverless-spark', name), 'utf8'),
  ) as T;
}

const workspaces = fixture<ListWorkspacesResponseBody>('list-workspaces.json').workspaces;

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

describe('mapWorkspace', () => {
  it('maps the doc example, all 26 fields, and parses the escaped quota JSON strings', () => {
    const w = mapWorkspace(at(workspaces, 0), 'emr-hz');
    expect(w).toEqual({
      provider: 'EMR_SERVERLESS_SPARK',
      instanceId: 'emr-hz',
      workspaceId: 'w-******',
      workspaceName: 'spark批作业空间-1',
      resourceSpec: '100cu',
      storage: 'spark-result',
      dlfCatalogId: 'default',
      dlfType: '1.0',
      paymentType: 'PayAsYouGo or Subscription',
      paymentDurationUnit: 'YEAR, MONTH, WEEK, DAY, HOUR, MINUTE',
      duration: 1,
      autoRenew: true,
      autoRenewPeriod: 1,
      autoRenewPeriodUnit: 'YEAR, MONTH, WEEK, DAY, HOUR, MINUTE',
      workspaceStatus: 'STARTING,RUNNING,TERMINATED',
      failReason: 'out of stock',
      paymentStatus: 'PAID/UNPAID',
      regionId: 'cn-shanghai',
      createTime: 1684115879955,
      endTime: 1687103999999,
      stateChangeReason: { code: '0', message: 'Success' },
      releaseType: 'SERVICE_RELEASE',
      prePaidQuota: {
        usedResource: { parsed: true, cpu: '0', memory: '0Gi', cu: '0', raw: expect.any(String) },
        maxResource: { parsed: true, cpu: '1', memory: '4Gi', cu: '1', raw: expect.any(String) },
        allocatedResource: { parsed: true, cpu: '1', memory: '4Gi', cu: '1', raw: expect.any(String) },
        createTime: 1745683200000,
        expireTime: 1740537153000,
        autoRenewal: true,
        paymentStatus: 'NORMAL',
        instanceId: 'i-abc12345',
        orderId: null,
      },
      // The example's placeholder tag has no key: dropped.
      tags: [],
      resourceGroupId: null,
      gpuSpec: [],
      ipWhiteList: [],
      prePaidQuotaGpu: [],
    });
    expect(Object.keys(w).length).toBe(26 + 2);
  });

  it('maps a subscription workspace: numeric and doubly encoded quotas, tags, GPU quota', () => {
    const w = mapWorkspace(at(workspaces, 1), 'emr-hz');
    expect(w.prePaidQuota?.usedResource).toMatchObject({ parsed: true, cpu: '12', memory: '48Gi', cu: '12' });
    expect(w.prePaidQuota?.maxResource).toMatchObject({ parsed: true, cpu: '64', memory: '256Gi', cu: '64' });
    expect(w.prePaidQuota?.allocatedResource).toMatchObject({ parsed: true, cpu: '64', cu: '64' });
    expect(w.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'risk' },
    ]);
    expect(w.gpuSpec).toEqual(['A10', 'L20']);
    expect(w.ipWhiteList).toEqual(['10.0.0.0/8', '192.168.7.0/24']);
    expect(w.resourceGroupId).toBe('rg-acfmzabcdefghij');
    expect(w.prePaidQuotaGpu).toEqual([
      {
        autoRenewal: true,
        cpuCoreCount: '16',
        createTime: 1765000000000,
        expireTime: 1772776000000,
        gpuAmount: 4,
        gpuMachineNum: 2,
        gpuMemorySize: 24,
        gpuNum: 2,
        gpuSpec: 'A10',
        instanceId: 'i-fedcba987654',
        instanceTypeFamily: 'ecs.gn7i',
        instanceTypeId: 'ecs.gn7i-c16g1.4xlarge',
        memorySize: '60Gi',
        orderId: '225873999999999',
        paymentStatus: 'NORMAL',
      },
    ]);
  });

  it('maps a pay-as-you-go workspace with only the required fields: nulls and empty lists', () => {
    const w = mapWorkspace(at(workspaces, 2), 'emr-hz');
    expect(w).toMatchObject({
      workspaceId: 'w-minimal000000001',
      workspaceStatus: 'STARTING',
      createTime: 1768000000000,
      endTime: null,
      paymentType: null,
      duration: null,
      autoRenew: null,
      failReason: null,
      stateChangeReason: null,
      prePaidQuota: null,
      tags: [],
      gpuSpec: [],
      ipWhiteList: [],
      prePaidQuotaGpu: [],
    });
  });

  it('keeps unknown statuses and unparsable quota strings, coerces numeric strings, treats 0 as no time', () => {
    const w = mapWorkspace(at(workspaces, 3), 'emr-hz');
    expect(w.workspaceStatus).toBe('HIBERNATING');
    expect(w.createTime).toBe(1768000000000);
    expect(w.endTime).toBeNull();
    expect(w.duration).toBe(6);
    expect(w.autoRenew).toBe(true);
    expect(w.tags).toEqual([]);
    expect(w.ipWhiteList).toEqual(['10.0.0.0/8']);
    expect(w.prePaidQuota).toMatchObject({
      usedResource: { parsed: false, cpu: null, memory: null, cu: null, raw: 'not json at all' },
      maxResource: { parsed: false, raw: '[1,2,3]' },
      allocatedResource: null,
      createTime: null,
    });
  });
});

describe('parseQuotaResources', () => {
  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['{"cpu":"2","memory":"8Gi","cu":"2"}', { parsed: true, cpu: '2', memory: '8Gi', cu: '2' }],
    ['{"cpu":"2"}', { parsed: true, cpu: '2', memory: null, cu: null }],
    ['{"cpu":', { parsed: false, cpu: null, memory: null, cu: null, raw: '{"cpu":' }],
    ['null', { parsed: false, raw: 'null' }],
  ])('%j → %j', (input, expected) => {
    const parsed = parseQuotaResources(input);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });
});
