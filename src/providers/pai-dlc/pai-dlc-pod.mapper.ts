// Pure mapping of pods (ListJobs' PodItem, GetJob's PodDetail and their HistoryPods) and of the
// status timeline (StatusHistory).
import { normalizeJobStatus } from '../../domain/job-status';
import type { Pod, StatusTransition } from '../../domain/pai-job';
import type { PodDetail, PodItem, StatusTransitionItem } from './pai-dlc-pod.dto';
import { PAI_STATUS_TABLE } from '../../domain/pai-job-status';
import { num, objects, text, time } from './pai-dlc-wire-values';

/** Any pod shape: the PodItem and PodDetail members all optional, HistoryPods of either kind. */
type AnyPod = PodItem & Omit<PodDetail, 'HistoryPods'>;

/**
 * Earlier incarnations nest once in GetJob and may nest deeper in ListJobs (PodItem is recursive);
 * the domain keeps one level (`history`), so deeper ones are flattened into it, oldest last as sent.
 */
function flattenHistory(value: readonly AnyPod[] | undefined, depth: number): AnyPod[] {
  const direct = objects(value, (pod) => pod);
  if (depth > 16) return direct;
  return direct.flatMap((pod) => [pod, ...flattenHistory(pod.HistoryPods, depth + 1)]);
}

function toPodOnly(dto: AnyPod, history: readonly Pod[]): Pod | null {
  const podId = text(dto.PodId);
  // A pod without its id cannot be addressed (it is part of the Pod's global id); PAI always sends one.
  if (podId === null) return null;
  return {
    podId,
    podUid: text(dto.PodUid),
    type: text(dto.Type),
    status: text(dto.Status),
    subStatus: text(dto.SubStatus),
    ip: text(dto.Ip),
    podIp: text(dto.PodIp),
    podIps: objects(dto.PodIps, (nic) => ({ interfaceName: text(nic.InterfaceName), ip: text(nic.Ip) })),
    nodeName: text(dto.NodeName),
    gmtCreateTime: time(dto.GmtCreateTime),
    gmtStartTime: time(dto.GmtStartTime),
    gmtFinishTime: time(dto.GmtFinishTime),
    duration: num(dto.Duration),
    resourceType: text(dto.ResourceType),
    supportedProfilingTypes: text(dto.supportedProfilingTypes),
    history,
  };
}

/** One Pods item (PodItem or PodDetail) → the domain pod with its earlier incarnations; null without a PodId. */
export function toPod(dto: PodItem | PodDetail): Pod | null {
  const pod: AnyPod = dto;
  const history = flattenHistory(pod.HistoryPods, 0)
    .map((old) => toPodOnly(old, []))
    .filter((old): old is Pod => old !== null);
  return toPodOnly(pod, history);
}

/** A job's Pods list → domain pods; items that are not objects or lack a PodId are dropped. */
export function toPods(value: readonly (PodItem | PodDetail)[] | undefined): Pod[] {
  return objects(value, toPod).filter((pod): pod is Pod => pod !== null);
}

/** One StatusHistory item → a transition, normalized with the job status table. */
export function toStatusTransition(dto: StatusTransitionItem): StatusTransition {
  const raw = text(dto.Status);
  return {
    status: normalizeJobStatus(PAI_STATUS_TABLE, raw),
    providerStatus: raw ?? '',
    startTime: time(dto.StartTime),
    endTime: time(dto.EndTime),
    reasonCode: text(dto.ReasonCode),
    reasonMessage: text(dto.ReasonMessage),
  };
}

/** Reads a wire StatusHistory list. */
export function toStatusHistory(value: readonly StatusTransitionItem[] | undefined): StatusTransition[] {
  return objects(value, toStatusTransition);
}
