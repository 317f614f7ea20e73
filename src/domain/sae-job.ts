import type { EpochMillis } from './instant';
import type { JobFields } from './job';
import type { JobStatus } from './job-status';

/** A tag on an SAE job template. */
export interface SaeTag {
  readonly key: string;
  /** Null when the upstream sent a key without a value. */
  readonly value: string | null;
}

/** A scheduled (cron) trigger: TriggerConfig `{"type":"time","config":"<cron>","timezone":"GMT+8:00"}`. */
export interface SaeCronTrigger {
  readonly type: 'time';
  readonly cron: string;
  /** As SAE spells it (e.g. `GMT+8:00`); null when absent. */
  readonly timezone: string | null;
}

/**
 * An HTTP trigger: TriggerConfig `{"type":"http","config":{...}}`, where config follows EventBridge's
 * SourceHttpEventParameters (`type`, `method`, `ip`, `referer`, `securityConfig`).
 */
export interface SaeHttpTrigger {
  readonly type: 'http';
  /** `HTTP`, `HTTPS` or `HTTP&HTTPS` (the config's own `type`); null when absent. */
  readonly protocol: string | null;
  /** Allowed request methods, e.g. `GET`, `POST`. */
  readonly methods: readonly string[];
  /** Allowed source CIDRs when securityConfig is `ip`. */
  readonly ip: readonly string[];
  /** Allowed referers when securityConfig is `referer`. */
  readonly referer: readonly string[];
  /** `none`, `ip` or `referer`; null when absent. */
  readonly securityConfig: string | null;
}

/** A job template's parsed trigger. */
export type SaeTrigger = SaeCronTrigger | SaeHttpTrigger;

/**
 * An SAE job template: an application with Workload=job, as ListJobs returns it (all 19 documented
 * fields). Counters and times describe the template's latest execution. Empty strings are null.
 */
export interface SaeJobTemplate {
  readonly provider: 'SAE';
  /** The configured provider instance (account + region) it came from. */
  readonly instanceId: string;
  readonly appId: string;
  readonly appName: string | null;
  readonly appDescription: string | null;
  /** E.g. `cn-beijing:demo`. */
  readonly namespaceId: string | null;
  readonly regionId: string | null;
  readonly tags: readonly SaeTag[];
  /** The parsed TriggerConfig; null when it is absent, not JSON, or of a shape we do not know. */
  readonly trigger: SaeTrigger | null;
  /** TriggerConfig exactly as sent, so nothing is lost when it could not be parsed. */
  readonly triggerConfig: string | null;
  /** Whether the template is paused. */
  readonly suspend: boolean | null;
  /** Running instances of the latest execution. */
  readonly active: number | null;
  /** Succeeded instances of the latest execution. */
  readonly succeeded: number | null;
  /** Failed instances of the latest execution. */
  readonly failed: number | null;
  readonly lastStartTime: EpochMillis | null;
  readonly completionTime: EpochMillis | null;
  /** Raw: "0" the last change order failed, "1" it succeeded. */
  readonly lastChangeorderState: string | null;
  /** lastChangeorderState read as a boolean; null when absent or unknown. */
  readonly lastChangeorderSucceeded: boolean | null;
  /** Raw state of the latest execution ("0".."3"). */
  readonly lastJobState: string | null;
  /** lastJobState normalized (saeLastJobStatus): null when it never ran ("0"), UNKNOWN when absent or unseen. */
  readonly lastJobStatus: JobStatus | null;
  /** Millicores per instance. */
  readonly cpu: number | null;
  /** MB per instance. */
  readonly mem: number | null;
  readonly message: string | null;
  readonly imageUrl: string | null;
}

/**
 * One execution (run) of an SAE job template, from DescribeJobHistory or DescribeJobStatus.
 * `name` is the template's AppName when the caller knew it (executions are runs of a named
 * template, like EMR job runs share their job's name), else the JobId; `providerStatus` is State.
 */
export interface SaeJobExecution extends JobFields {
  readonly provider: 'SAE';
  /** E.g. `manual-<uuid>`, `event-<uuid>` or `<AppName>-<epoch minutes>` for cron runs. */
  readonly jobId: string;
  /** The template it ran from. */
  readonly appId: string;
  /** The template's name, when known. */
  readonly appName: string | null;
  /** Raw State ("0".."3"), null when absent. */
  readonly state: string | null;
  /** When the execution was created (the wire's StartTime). */
  readonly startTime: EpochMillis | null;
  readonly completionTime: EpochMillis | null;
  readonly active: number | null;
  readonly succeeded: number | null;
  readonly failed: number | null;
  /** Why it failed or waits. */
  readonly message: string | null;
}
