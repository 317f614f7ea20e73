import type { EpochMillis } from './instant';

/** `{code, message}` of an entity's last state change (EMR workspaces and job runs). */
export interface StateChangeReason {
  readonly code: string | null;
  readonly message: string | null;
}

/** A `{key, value}` tag (EMR workspaces send `{tagKey, tagValue}`; the domain uses one spelling). */
export interface ResourceTag {
  readonly key: string;
  readonly value: string;
}

/**
 * One of a subscription quota's resource amounts. EMR sends each as a JSON *string*
 * (`{"cpu":"1","memory":"4Gi","cu":"1"}`); the quantities are Kubernetes-style strings and stay so,
 * because units vary ("4Gi", "500m"). `raw` keeps the string as sent, so nothing is lost when it
 * does not parse: then `parsed` is false and the three quantities are null.
 */
export interface QuotaResources {
  readonly parsed: boolean;
  /** vCPU cores, e.g. "1". */
  readonly cpu: string | null;
  /** Memory, e.g. "4Gi". */
  readonly memory: string | null;
  /** Compute units (1 CU = 1 vCPU + 4 GiB), e.g. "1". */
  readonly cu: string | null;
  readonly raw: string;
}

/** The subscription (pre-paid) resource quota of a workspace. */
export interface WorkspacePrePaidQuota {
  readonly usedResource: QuotaResources | null;
  readonly maxResource: QuotaResources | null;
  readonly allocatedResource: QuotaResources | null;
  readonly createTime: EpochMillis | null;
  readonly expireTime: EpochMillis | null;
  readonly autoRenewal: boolean | null;
  /** NORMAL | WAIT_FOR_EXPIRE | EXPIRED. */
  readonly paymentStatus: string | null;
  readonly instanceId: string | null;
  readonly orderId: string | null;
}

/** One GPU quota entry of a subscription workspace (SDK only; not described on the doc page). */
export interface WorkspacePrePaidQuotaGpu {
  readonly autoRenewal: boolean | null;
  readonly cpuCoreCount: string | null;
  readonly createTime: EpochMillis | null;
  readonly expireTime: EpochMillis | null;
  readonly gpuAmount: number | null;
  readonly gpuMachineNum: number | null;
  readonly gpuMemorySize: number | null;
  readonly gpuNum: number | null;
  readonly gpuSpec: string | null;
  readonly instanceId: string | null;
  readonly instanceTypeFamily: string | null;
  readonly instanceTypeId: string | null;
  readonly memorySize: string | null;
  readonly orderId: string | null;
  readonly paymentStatus: string | null;
}

/**
 * An EMR Serverless Spark workspace: every field of the ListWorkspaces item (26), times as EpochMillis,
 * the quota's JSON strings parsed. Absent upstream values are null (lists: empty).
 */
export interface Workspace {
  readonly provider: 'EMR_SERVERLESS_SPARK';
  /** The configured instance (account + region) it was read from. */
  readonly instanceId: string;
  readonly workspaceId: string;
  readonly workspaceName: string | null;
  /** e.g. "100cu". */
  readonly resourceSpec: string | null;
  /** OSS path. */
  readonly storage: string | null;
  readonly dlfCatalogId: string | null;
  readonly dlfType: string | null;
  /** PayAsYouGo | Subscription. */
  readonly paymentType: string | null;
  /** YEAR | MONTH | WEEK | DAY | HOUR | MINUTE; subscription only. */
  readonly paymentDurationUnit: string | null;
  readonly duration: number | null;
  readonly autoRenew: boolean | null;
  readonly autoRenewPeriod: number | null;
  readonly autoRenewPeriodUnit: string | null;
  /** STARTING | RUNNING | TERMINATED as sent (documented values; others pass through). */
  readonly workspaceStatus: string | null;
  readonly failReason: string | null;
  /** PAID | UNPAID. */
  readonly paymentStatus: string | null;
  readonly regionId: string | null;
  readonly createTime: EpochMillis | null;
  /** When the workspace was released. */
  readonly endTime: EpochMillis | null;
  readonly stateChangeReason: StateChangeReason | null;
  /** Why it was released, e.g. SERVICE_RELEASE. */
  readonly releaseType: string | null;
  readonly prePaidQuota: WorkspacePrePaidQuota | null;
  readonly tags: readonly ResourceTag[];
  readonly resourceGroupId: string | null;
  readonly gpuSpec: readonly string[];
  readonly ipWhiteList: readonly string[];
  readonly prePaidQuotaGpu: readonly WorkspacePrePaidQuotaGpu[];
}
