// Wire DTOs of ListWorkspaces (EMR Serverless Spark 2023-08-08) as the client reads them (the emulator
// declares its own, in emulators/emr-serverless-spark/*.wire.ts), named as the SDK models name them.
// Optional members are the ones the service may leave out: the documented conditional ones
// (subscription-only, release-only) and the SDK-only ones; the mapper tolerates any member missing.
import type { StateChangeReason, Tag } from './emr-serverless-spark.dto';

/**
 * Workspace states. The doc lists STARTING, RUNNING and TERMINATED (example "STARTING,RUNNING,TERMINATED");
 * no other value is documented.
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
  /** JSON string, e.g. `{"cpu":"0","memory":"0Gi","cu":"0"}`. */
  usedResource?: string;
  maxResource?: string;
  allocatedResource?: string;
  createTime?: number;
  expireTime?: number;
  autoRenewal?: boolean;
  paymentStatus?: 'NORMAL' | 'WAIT_FOR_EXPIRE' | 'EXPIRED' | (string & {});
  instanceId?: string;
  orderId?: string;
}

/** GPU quota entry (SDK only; names and types from the model, values invented plausibly). */
export interface PrePaidQuotaGpu {
  autoRenewal?: boolean;
  cpuCoreCount?: string;
  createTime?: number;
  expireTime?: number;
  gpuAmount?: number;
  gpuMachineNum?: number;
  gpuMemorySize?: number;
  gpuNum?: number;
  gpuSpec?: string;
  instanceId?: string;
  instanceTypeFamily?: string;
  instanceTypeId?: string;
  memorySize?: string;
  orderId?: string;
  paymentStatus?: string;
}

/** Subscription duration units. */
export type DurationUnit = 'YEAR' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE';

/** ListWorkspaces item (`ListWorkspacesResponseBodyWorkspaces`, 26 fields). Subscription-only fields are absent for PayAsYouGo. */
export interface Workspace {
  workspaceId: string;
  workspaceName: string;
  resourceSpec?: string;
  storage?: string;
  dlfCatalogId?: string;
  dlfType?: string;
  paymentType?: 'PayAsYouGo' | 'Subscription' | (string & {});
  paymentDurationUnit?: DurationUnit | (string & {});
  duration?: number;
  autoRenew?: boolean;
  autoRenewPeriod?: number;
  autoRenewPeriodUnit?: DurationUnit | (string & {});
  /** A documented WorkspaceStatus; typed as string because new states may appear. */
  workspaceStatus: WorkspaceStatus | (string & {});
  failReason?: string;
  paymentStatus?: 'PAID' | 'UNPAID' | (string & {});
  regionId: string;
  createTime: number;
  /** Only for released (TERMINATED) workspaces. */
  endTime?: number;
  stateChangeReason?: StateChangeReason;
  releaseType?: string;
  prePaidQuota?: PrePaidQuota;
  tags?: WorkspaceTag[];
  /** SDK only (not on the doc page), as are the three below. */
  resourceGroupId?: string;
  gpuSpec?: string[];
  ipWhiteList?: string[];
  prePaidQuotaGpu?: PrePaidQuotaGpu[];
}

/** ListWorkspaces query (`ListWorkspacesRequest`, wire names); `tag` is sent as one JSON-string value. */
export interface ListWorkspacesRequest {
  regionId: string;
  maxResults?: number;
  nextToken?: string;
  /** Fuzzy match on the workspace name. */
  name?: string;
  state?: string;
  /** `{key, value}`: the request spells tag keys differently from the response's `{tagKey, tagValue}`. */
  tag?: Tag[];
  /** SDK only (not on the doc page). */
  resourceGroupId?: string;
}

/** ListWorkspaces response body. */
export interface ListWorkspacesResponseBody {
  workspaces: Workspace[];
  requestId?: string;
  /** Absent (or empty) on the last page. */
  nextToken?: string;
  maxResults?: number;
  totalCount?: number;
}
