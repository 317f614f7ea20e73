/**
 * The compact in-memory form of one job: only what filters, sorts and the wire objects need, with
 * no nested wire objects. Full JobItem/GetJob bodies are materialized from it per page.
 */
import type { JobStatus } from './vocabulary.dataset';
import type { Transition } from './job-lifecycle.dataset';

/** One role of the job (a JobSpec): its type, replica count and machine shape. */
export interface RoleRow {
  readonly type: string;
  readonly podCount: number;
  /** Index into ECS_SHAPES for public resources, into QUOTA_SHAPES for quota jobs. */
  readonly shapeIndex: number;
}

/** Resource payment type, as the ListJobs PaymentType filter names it. */
export type PaymentType = 'PrePaid' | 'Spot' | 'PostPaid';

/** Absent time (epoch seconds fields use it instead of undefined to stay monomorphic). */
export const NO_TIME = -1;

/** One job, compact. Times are epoch seconds, NO_TIME when the job has not reached that point. */
export interface PaiJobRow {
  readonly jobId: string;
  readonly displayName: string;
  readonly jobTypeIndex: number;
  readonly jobType: string;
  readonly status: JobStatus;
  readonly subStatus: string;
  readonly reasonCode: string;
  readonly reasonMessage: string;
  readonly workspaceIndex: number;
  /** Index into the directory's quotas, or -1 for public (pay-as-you-go) resources. */
  readonly quotaIndex: number;
  readonly userIndex: number;
  readonly accessibility: 'PUBLIC' | 'PRIVATE';
  readonly priority: number;
  readonly paymentType: PaymentType;
  readonly transitions: readonly Transition[];
  readonly restarts: number;
  readonly maxRestarts: number;
  readonly createTime: number;
  readonly submittedTime: number;
  readonly runningTime: number;
  readonly successedTime: number;
  readonly failedTime: number;
  readonly stoppedTime: number;
  readonly finishTime: number;
  readonly modifiedTime: number;
  /** Seconds spent Running or Restarting (up to now for an active job). */
  readonly duration: number;
  readonly roles: readonly RoleRow[];
  readonly requestCPU: number;
  readonly requestGPU: number;
  readonly requestMemoryGi: number;
  readonly nodeCount: number;
  readonly image: string;
  readonly userCommand: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly caller: string;
  readonly businessUserId: string;
  readonly pipelineId: string;
  readonly templateId: string;
  readonly templateName: string;
  readonly oversoldType: 'ForbiddenQuotaOverSold' | 'ForceQuotaOverSold' | 'AcceptQuotaOverSold';
  readonly useOversoldResource: boolean;
  readonly enableAssignNode: boolean;
  readonly enableSanityCheck: boolean;
  readonly reservedMinutes: number;
  readonly reservedPolicy: string;
  readonly maxRunningMinutes: number;
}

/** The times a timeline implies, as PaiJobRow stores them. */
export interface DerivedTimes {
  readonly createTime: number;
  readonly submittedTime: number;
  readonly runningTime: number;
  readonly successedTime: number;
  readonly failedTime: number;
  readonly stoppedTime: number;
  readonly finishTime: number;
  readonly modifiedTime: number;
  readonly duration: number;
}

const firstStart = (transitions: readonly Transition[], statuses: readonly string[]): number =>
  transitions.find((t) => statuses.includes(t.status))?.start ?? NO_TIME;

/** Derives every Gmt*Time and Duration from the timeline, so they can never disagree with it. */
export function deriveTimes(transitions: readonly Transition[], now: number): DerivedTimes {
  let duration = 0;
  transitions.forEach((t, i) => {
    if (t.status !== 'Running' && t.status !== 'Restarting') return;
    duration += (transitions[i + 1]?.start ?? now) - t.start;
  });
  return {
    createTime: transitions[0]?.start ?? now,
    submittedTime: firstStart(transitions, ['Queuing']),
    runningTime: firstStart(transitions, ['Running']),
    successedTime: firstStart(transitions, ['SucceededReserving', 'Succeeded']),
    failedTime: firstStart(transitions, ['FailedReserving', 'Failed']),
    stoppedTime: firstStart(transitions, ['Stopped']),
    finishTime: firstStart(transitions, ['Succeeded', 'Failed', 'Stopped']),
    modifiedTime: transitions[transitions.length - 1]?.start ?? now,
    duration,
  };
}
