// Wire DTOs of ListWorkspaces (EMR Serverless Spark 2023-08-08), named as the SDK models name them.
import type { StateChangeReason } from './emr-serverless-spark.wire';

/**
 * Workspace states. The doc lists STARTING, RUNNING and TERMINATED (example "STARTING,RUNNING,TERMINATED");
 * no other value is documented, so the emulator uses exactly these.
 */
export const WORKSPACE_STATUSES = ['STARTING', 'RUNNING', 'TERMINATED'] as const;

/** One workspace state. */
export type WorkspaceStatus = (typeof WORKSPACE_STATUSES)[number];

/** `{tagKey, tagValue}`: workspace tags use other key names than the request filter. */
export interface WorkspaceTag {
  tagKey: string;
  tagValue: string;
}

/** Subscription resource quota of a workspace; the three resource fields are JSON strings. */
export interface PrePaidQuota {
  usedResource: string;
  maxResource: string;
  allocatedResource: string;
  createTime: number;
  expireTime: number;
  autoRenewal: boolean;
  paymentStatus: 'NORMAL' | 'WAIT_FOR_EXPIRE' | 'EXPIRED';
  instanceId: string;
  orderId: string;
}

/** GPU quota entry (SDK only; names and types from the model, values invented plausibly). */
export interface PrePaidQuotaGpu {
  autoRenewal: boolean;
  cpuCoreCount: string;
  createTime: number;
  expireTime: number;
  gpuAmount: number;
  gpuMachineNum: number;
  gpuMemorySize: number;
  gpuNum: number;
  gpuSpec: string;
  instanceId: string;
  instanceTypeFamily: string;
  instanceTypeId: string;
  memorySize: string;
  orderId: string;
  paymentStatus: string;
}

/** Subscription duration units. */
export type DurationUnit = 'YEAR' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE';

/** ListWorkspaces item (`ListWorkspacesResponseBodyWorkspaces`, 26 fields). Subscription-only fields are absent for PayAsYouGo. */
export interface Workspace {
  workspaceId: string;
  workspaceName: string;
  resourceSpec: string;
  storage: string;
  dlfCatalogId: string;
  dlfType: string;
  paymentType: 'PayAsYouGo' | 'Subscription';
  paymentDurationUnit?: DurationUnit;
  duration?: number;
  autoRenew?: boolean;
  autoRenewPeriod?: number;
  autoRenewPeriodUnit?: DurationUnit;
  workspaceStatus: WorkspaceStatus;
  failReason?: string;
  paymentStatus: 'PAID' | 'UNPAID';
  regionId: string;
  createTime: number;
  /** Only for released (TERMINATED) workspaces. */
  endTime?: number;
  stateChangeReason: StateChangeReason;
  releaseType?: string;
  prePaidQuota?: PrePaidQuota;
  tags: WorkspaceTag[];
  resourceGroupId: string;
  gpuSpec: string[];
  ipWhiteList: string[];
  prePaidQuotaGpu: PrePaidQuotaGpu[];
}

/** ListWorkspaces response body. */
export interface ListWorkspacesResponseBody {
  workspaces: Workspace[];
  requestId: string;
  /** Absent on the last page. */
  nextToken?: string;
  maxResults: number;
  totalCount: number;
}
