import type { EpochMillis } from './instant';
import type { EmrKeyValue } from './workspace-filter';

/** An inclusive epoch-ms range; either bound may be left open. */
export interface EmrTimeRange {
  readonly from?: EpochMillis;
  readonly to?: EpochMillis;
}

/** Every ListJobRuns filter. */
export interface EmrJobRunFilter {
  readonly name?: string;
  /** UID of the submitter. */
  readonly creator?: string;
  readonly jobRunId?: string;
  /** All must match. */
  readonly tags?: readonly EmrKeyValue[];
  /** Raw EMR states (Submitted, Running, …); see emrStatesForStatuses for normalized statuses. */
  readonly states?: readonly string[];
  /** Range of the submit time (wire `startTime`, "when the job run started"). */
  readonly startTime?: EmrTimeRange;
  /** Range of the end time (wire `endTime`). */
  readonly endTime?: EmrTimeRange;
  readonly resourceQueueId?: string;
  /** Deployment id of a streaming job. */
  readonly jobRunDeploymentId?: string;
  /** Minimum run duration in ms. */
  readonly minDuration?: number;
  /** Only runs that are (true) or are not (false) workflow tasks. */
  readonly isWorkflow?: boolean;
  /** Spark configurations the run must have (wire: a JSON-array string). */
  readonly applicationConfigs?: readonly EmrKeyValue[];
  /** Runtime configurations the run must have, e.g. mainClass (wire: a JSON-array string). */
  readonly runtimeConfigs?: readonly EmrKeyValue[];
}
