/** Turns a job's pod and restart plans into the two wire shapes: ListJobs' PodItem and GetJob's PodDetail. */
import type { RestartRecord } from './job.wire';
import type { HistoryPodDetail, PodDetail, PodItem } from './pod.wire';
import type { PodIncarnation, PodPlan, RestartPlan } from './pod-plan.dataset';

/** Epoch seconds as upstream writes times: UTC ISO-8601 without fractions. */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** What the pod wire shapes need beyond the plan. */
export interface PodWireContext {
  readonly now: number;
  readonly profiling: string;
  /** `Spot` for spot jobs, `Normal` otherwise (GetJob's pod ResourceType). */
  readonly resourceType: string;
}

function common(plan: PodPlan, pod: PodIncarnation, context: PodWireContext) {
  return {
    PodId: plan.podId,
    PodUid: pod.podUid,
    Type: plan.type,
    Status: pod.status,
    ...(pod.subStatus ? { SubStatus: pod.subStatus } : {}),
    ...(pod.ip ? { Ip: pod.ip, PodIps: [{ InterfaceName: 'eth0', Ip: pod.ip }] } : {}),
    ...(pod.nodeName ? { NodeName: pod.nodeName } : {}),
    GmtCreateTime: isoSeconds(pod.create),
    ...(pod.start === undefined ? {} : { GmtStartTime: isoSeconds(pod.start) }),
    ...(pod.finish === undefined ? {} : { GmtFinishTime: isoSeconds(pod.finish) }),
    ...(pod.status === 'Running' && context.profiling ? { supportedProfilingTypes: context.profiling } : {}),
  };
}

/** ListJobs' pod: recursive HistoryPods, each earlier incarnation with an empty HistoryPods. */
export function toPodItem(plan: PodPlan, context: PodWireContext): PodItem {
  const item = (pod: PodIncarnation, history: PodItem[]): PodItem => ({
    ...common(plan, pod, context),
    ...(pod.ip ? { PodIp: pod.ip } : {}),
    HistoryPods: history,
  });
  return item(
    plan.current,
    plan.history.map((old) => item(old, [])),
  );
}

/** GetJob's pod: Duration and ResourceType, HistoryPods one level deep. */
export function toPodDetail(plan: PodPlan, context: PodWireContext): PodDetail {
  const detail = (pod: PodIncarnation): HistoryPodDetail => ({
    ...common(plan, pod, context),
    Duration: pod.start === undefined ? 0 : (pod.finish ?? context.now) - pod.start,
    ResourceType: context.resourceType,
  });
  return { ...detail(plan.current), HistoryPods: plan.history.map(detail) };
}

/** GetJob's RestartRecord entries, one per automatic restart, numbered from 1. */
export function toRestartRecords(
  restarts: readonly RestartPlan[],
  now: number,
  jobId: string,
): RestartRecord[] {
  return restarts.map((restart, i) => ({
    JobRestartCount: i + 1,
    OccurPhase: 'Running',
    OccurTime: isoSeconds(restart.occurTime),
    Reason: restart.reasonMessage,
    RestartDurationInSec: (restart.recoveredAt ?? now) - restart.occurTime,
    RestartFailReason: '',
    RestartLevelType: restart.level,
    RestartStatus: restart.recoveredAt === undefined ? 'Restarting' : 'Succeeded',
    TriggerID: `${jobId}-restart-${i + 1}`,
    DetailErrorInfoList: restart.failedPods.map((pod) => {
      const nodeFault = restart.reasonCode === 'JobRestartingByNodeFault';
      return {
        AddJobLevelBlacklist: false,
        AddNodeToBlacklist: nodeFault,
        DetailErrorMsg: nodeFault
          ? `GPU XID 79 detected on node ${pod.nodeName}`
          : `Pod ${pod.podId} exited with code 1`,
        ErrorCode: nodeFault ? 'NodeGpuXidError' : 'PodExitedWithError',
        ErrorMsg: nodeFault ? 'GPU has fallen off the bus.' : 'Pod exited unexpectedly.',
        ErrorSource: nodeFault ? 'NodeHealthCheck' : 'AIMaster',
        Node: pod.nodeName,
        Pod: pod.podId,
        TriggerRestart: true,
      };
    }),
  }));
}
