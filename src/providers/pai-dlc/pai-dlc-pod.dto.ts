/**
 * PAI-DLC 2020-12-03 wire types for pods and status transitions, named as the SDK models name them.
 * PascalCase on the wire, except `supportedProfilingTypes`, which upstream spells with a lower-case s.
 */

/** One network interface of a pod (`PodNetworkInterface`). */
export interface PodNetworkInterface {
  InterfaceName: string;
  Ip: string;
}

/** A pod as ListJobs returns it (`PodItem`); `HistoryPods` holds earlier incarnations of the same pod. */
export interface PodItem {
  PodId: string;
  PodUid: string;
  Type: string;
  Status: string;
  SubStatus?: string;
  Ip?: string;
  PodIp?: string;
  PodIps?: PodNetworkInterface[];
  NodeName?: string;
  GmtCreateTime: string;
  GmtStartTime?: string;
  GmtFinishTime?: string;
  HistoryPods: PodItem[];
  supportedProfilingTypes?: string;
}

/** A previous incarnation of a pod in GetJob (`GetJobResponseBodyPodsHistoryPods`): no further nesting. */
export interface HistoryPodDetail {
  PodId: string;
  PodUid: string;
  Type: string;
  Status: string;
  SubStatus?: string;
  Ip?: string;
  PodIps?: PodNetworkInterface[];
  NodeName?: string;
  GmtCreateTime: string;
  GmtStartTime?: string;
  GmtFinishTime?: string;
  /** Seconds the pod ran. */
  Duration: number;
  /** Pod resource usage type, e.g. `Normal` or `Spot`. */
  ResourceType: string;
  supportedProfilingTypes?: string;
}

/** A pod as GetJob returns it (`GetJobResponseBodyPods`). */
export interface PodDetail extends HistoryPodDetail {
  HistoryPods: HistoryPodDetail[];
}

/** One interval of the job's status timeline (`StatusTransitionItem`). */
export interface StatusTransitionItem {
  Status: string;
  StartTime: string;
  /** Absent for the interval the job is still in. */
  EndTime?: string;
  ReasonCode: string;
  ReasonMessage: string;
}
