import { fromEpochMillis } from '../../domain/instant';
import type {
  ResourceTag,
  StateChangeReason,
  Workspace,
  WorkspacePrePaidQuota,
  WorkspacePrePaidQuotaGpu,
} from '../../domain/workspace';
import { asRecord, booleanOrNull, numberOrNull, recordList, stringList, textOrNull } from './emr-wire-values';
import { parseQuotaResources } from './quota-resources.parse';
import type { Workspace as WorkspaceDto } from './workspace.dto';

type WireRecord = Readonly<Record<string, unknown>>;

/** `{code, message}`; null when absent. Shared with the job run mapper. */
export function mapStateChangeReason(value: unknown): StateChangeReason | null {
  const reason = asRecord(value);
  return reason ? { code: textOrNull(reason.code), message: textOrNull(reason.message) } : null;
}

/**
 * Tags under one spelling. Entries without a key are dropped: they carry nothing, and the doc's
 * own example shows a placeholder `{tagKey: "", tagValue: ""}`.
 */
export function mapTags(value: unknown, keyField: string, valueField: string): ResourceTag[] {
  return recordList(value, (tag) => ({
    key: textOrNull(tag[keyField]),
    value: textOrNull(tag[valueField]) ?? '',
  })).filter((tag): tag is ResourceTag => tag.key !== null);
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
