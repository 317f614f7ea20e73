// PAI-DLC 2020-12-03 wire types of pods and status transitions as the client reads them (the emulator
// declares its own), named as the SDK models name them. PascalCase on the wire, except
// `supportedProfilingTypes`, which upstream spells with a lower-case s. Every member is optional, as in the
// SDK.

/** One network interface of a pod (`PodNetworkInterface`). */
export interface PodNetworkInterface {
  readonly InterfaceName?: string;
  readonly Ip?: string;
}

/** What every pod shape carries. Times are UTC ISO-8601, absent until they happen. */
interface PodFields {
  /** E.g. `dlc-...-worker-0`; earlier incarnations of a pod share it. */
  readonly PodId?: string;
  readonly PodUid?: string;
  /** Role: Worker, PS, Chief, Master, ... */
  readonly Type?: string;
  readonly Status?: string;
  readonly SubStatus?: string;
  readonly Ip?: string;
  readonly PodIps?: readonly PodNetworkInterface[];
  readonly NodeName?: string;
  readonly GmtCreateTime?: string;
  readonly GmtStartTime?: string;
  readonly GmtFinishTime?: string;
  readonly supportedProfilingTypes?: string;
}

/** A pod as ListJobs returns it (`PodItem`); `HistoryPods` holds earlier incarnations of the same pod. */
export interface PodItem extends PodFields {
  readonly PodIp?: string;
  readonly HistoryPods?: readonly PodItem[];
}

/** A previous incarnation of a pod in GetJob (`GetJobResponseBodyPodsHistoryPods`): no further nesting. */
export interface HistoryPodDetail extends PodFields {
  /** Seconds the pod ran. */
  readonly Duration?: number;
  /** Pod resource usage type, e.g. `Normal` or `Spot`. */
  readonly ResourceType?: string;
}

/** A pod as GetJob returns it (`GetJobResponseBodyPods`). */
export interface PodDetail extends HistoryPodDetail {
  readonly HistoryPods?: readonly HistoryPodDetail[];
}

/** One interval of the job's status timeline (`StatusTransitionItem`). */
export interface StatusTransitionItem {
  readonly Status?: string;
  readonly StartTime?: string;
  /** Absent for the interval the job is still in. */
  readonly EndTime?: string;
  readonly ReasonCode?: string;
  readonly ReasonMessage?: string;
}
