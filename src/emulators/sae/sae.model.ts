// The emulator's compact in-memory model. Wire objects are built only for the page being
// answered (sae.materialize.ts), so a large dataset costs a few typed arrays per template.

/** Execution states as the wire spells them: "0" not run, "1" succeeded, "2" failed, "3" running. */
export const SAE_JOB_STATES = ['0', '1', '2', '3'] as const;

/** One of SAE's execution state codes. */
export type SaeJobState = (typeof SAE_JOB_STATES)[number];

/** Numeric state codes stored in the history arrays (index into SAE_JOB_STATES). */
export const SaeStateCode = { NotRun: 0, Succeeded: 1, Failed: 2, Running: 3 } as const;

/** How an execution was started; decides the shape of its JobId. */
export const SaeExecutionKind = { Cron: 0, Manual: 1, Event: 2 } as const;

/**
 * A template's executions, newest first (position 0 is the latest), as parallel typed arrays.
 * `serial` of position p is `count - 1 - p`: it never changes for an execution, so ids and
 * instance counts derived from it are stable.
 */
export interface SaeExecutionHistory {
  readonly count: number;
  /** Epoch seconds. */
  readonly startTimes: Uint32Array;
  /** Seconds from start to completion; 0 while not completed. */
  readonly durations: Uint32Array;
  readonly states: Uint8Array;
  readonly kinds: Uint8Array;
}

/** Trigger of a template: a cron schedule or an HTTP trigger. */
export type SaeTriggerType = 'time' | 'http';

/** One job template with its executions. */
export interface SaeTemplateRow {
  readonly appId: string;
  readonly appName: string;
  /** Lower-cased name, pre-computed for the fuzzy name filters. */
  readonly appNameLower: string;
  readonly appDescription: string;
  readonly namespaceId: string;
  readonly regionId: string;
  readonly tags: readonly (readonly [key: string, value: string])[];
  readonly triggerType: SaeTriggerType;
  /** The wire TriggerConfig JSON string. */
  readonly triggerConfig: string;
  readonly suspend: boolean;
  readonly cpu: number;
  readonly mem: number;
  /** Target instances per execution (DescribeJob's Replicas); what OrderBy=instances sorts by. */
  readonly replicas: number;
  readonly lastChangeorderState: '0' | '1';
  readonly message: string;
  readonly imageUrl: string;
  /** Epoch seconds; not on the wire, it gives the default listing order (newest first). */
  readonly createTime: number;
  readonly history: SaeExecutionHistory;
}

/** A namespace known to the emulator; some hold no templates, as real accounts do. */
export interface SaeNamespace {
  readonly namespaceId: string;
  readonly regionId: string;
}

/** The whole generated world of the SAE emulator. */
export interface SaeDataset {
  /** Templates in the default listing order: newest created first, ties by AppId. */
  readonly templates: readonly SaeTemplateRow[];
  readonly namespaces: readonly SaeNamespace[];
  /** Epoch seconds that "now" is for this dataset (running executions have no completion before it). */
  readonly nowSeconds: number;
}
