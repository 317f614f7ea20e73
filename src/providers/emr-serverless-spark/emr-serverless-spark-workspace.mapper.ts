import { fromEpochMillis } from '../../domain/instant';
import type {
  QuotaResources,
  Workspace,
  WorkspacePrePaidQuota,
  WorkspacePrePaidQuotaGpu,
} from '../../domain/workspace';
import { mapStateChangeReason, mapTags } from './emr-serverless-spark.mapper';
import {
  asRecord,
  booleanOrNull,
  numberOrNull,
  recordList,
  stringList,
  textOrNull,
} from './emr-serverless-spark-wire-values';
import type { Workspace as WorkspaceDto } from './emr-serverless-spark-workspace.dto';

type WireRecord = Readonly<Record<string, unknown>>;

function quantity(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    // A doubly encoded value ("\"{...}\"") is one more JSON string to unwrap.
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    // The doc page's example shows the string with its quotes still escaped ({\"cpu\":\"0\"}); accept that too.
    if (!text.includes('\\"')) return undefined;
    try {
      return JSON.parse(text.replace(/\\"/g, '"'));
    } catch {
      return undefined;
    }
  }
}

/**
 * Parses one of prePaidQuota's JSON-string resource fields (usedResource, maxResource,
 * allocatedResource). Absent or empty is null; a string that is not a JSON object is kept as `raw`
 * with `parsed: false`, so an unexpected format is visible instead of lost or fatal.
 */
export function parseQuotaResources(value: unknown): QuotaResources | null {
  if (value === undefined || value === null || value === '') return null;
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  const object = asRecord(typeof value === 'string' ? parseJson(value) : value);
  if (!object) return { parsed: false, cpu: null, memory: null, cu: null, raw };
  return {
    parsed: true,
    cpu: quantity(object.cpu),
    memory: quantity(object.memory),
    cu: quantity(object.cu),
    raw,
  };
}

function mapPrePaidQuota(value: unknown): WorkspacePrePaidQuota | null {
  const quota = asRecord(value);
  if (!quota) return null;
  return {
    usedResource: parseQuotaResources(quota.usedResource),
    maxResource: parseQuotaResources(quota.maxResource),
    allocatedResource: parseQuotaResources(quota.allocatedResource),
    createTime: fromEpochMillis(numberOrNull(quota.createTime)),
    expireTime: fromEpochMillis(numberOrNull(quota.expireTime)),
    autoRenewal: booleanOrNull(quota.autoRenewal),
    paymentStatus: textOrNull(quota.paymentStatus),
    instanceId: textOrNull(quota.instanceId),
    orderId: textOrNull(quota.orderId),
  };
}

function mapPrePaidQuotaGpu(gpu: WireRecord): WorkspacePrePaidQuotaGpu {
  return {
    autoRenewal: booleanOrNull(gpu.autoRenewal),
    cpuCoreCount: textOrNull(gpu.cpuCoreCount),
    createTime: fromEpochMillis(numberOrNull(gpu.createTime)),
    expireTime: fromEpochMillis(numberOrNull(gpu.expireTime)),
    gpuAmount: numberOrNull(gpu.gpuAmount),
    gpuMachineNum: numberOrNull(gpu.gpuMachineNum),
    gpuMemorySize: numberOrNull(gpu.gpuMemorySize),
    gpuNum: numberOrNull(gpu.gpuNum),
    gpuSpec: textOrNull(gpu.gpuSpec),
    instanceId: textOrNull(gpu.instanceId),
    instanceTypeFamily: textOrNull(gpu.instanceTypeFamily),
    instanceTypeId: textOrNull(gpu.instanceTypeId),
    memorySize: textOrNull(gpu.memorySize),
    orderId: textOrNull(gpu.orderId),
    paymentStatus: textOrNull(gpu.paymentStatus),
  };
}

/** A ListWorkspaces item → Workspace (pure). */
export function mapWorkspace(dto: WorkspaceDto, instanceId: string): Workspace {
  const w = dto as unknown as WireRecord;
  return {
    provider: 'EMR_SERVERLESS_SPARK',
    instanceId,
    workspaceId: textOrNull(w.workspaceId) ?? '',
    workspaceName: textOrNull(w.workspaceName),
    resourceSpec: textOrNull(w.resourceSpec),
    storage: textOrNull(w.storage),
    dlfCatalogId: textOrNull(w.dlfCatalogId),
    dlfType: textOrNull(w.dlfType),
    paymentType: textOrNull(w.paymentType),
    paymentDurationUnit: textOrNull(w.paymentDurationUnit),
    duration: numberOrNull(w.duration),
    autoRenew: booleanOrNull(w.autoRenew),
    autoRenewPeriod: numberOrNull(w.autoRenewPeriod),
    autoRenewPeriodUnit: textOrNull(w.autoRenewPeriodUnit),
    workspaceStatus: textOrNull(w.workspaceStatus),
    failReason: textOrNull(w.failReason),
    paymentStatus: textOrNull(w.paymentStatus),
    regionId: textOrNull(w.regionId),
    createTime: fromEpochMillis(numberOrNull(w.createTime)),
    endTime: fromEpochMillis(numberOrNull(w.endTime)),
    stateChangeReason: mapStateChangeReason(w.stateChangeReason),
    releaseType: textOrNull(w.releaseType),
    prePaidQuota: mapPrePaidQuota(w.prePaidQuota),
    tags: mapTags(w.tags, 'tagKey', 'tagValue'),
    resourceGroupId: textOrNull(w.resourceGroupId),
    gpuSpec: stringList(w.gpuSpec),
    ipWhiteList: stringList(w.ipWhiteList),
    prePaidQuotaGpu: recordList(w.prePaidQuotaGpu, mapPrePaidQuotaGpu),
  };
}
