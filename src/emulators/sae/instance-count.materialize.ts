import { hashString } from '../shared/prng';
import { executionSerial } from './id.materialize';
import { SAE_JOB_STATES, SaeStateCode, type SaeJobState, type SaeTemplateRow } from './sae.model';

/**
 * Instance counters of one execution. SAE jobs run on Kubernetes Jobs, and these are that Job's
 * status counters (pods active / succeeded / failed), bounded by the template's Replicas.
 */
export interface SaeInstanceCounts {
  readonly Active: number;
  readonly Succeeded: number;
  readonly Failed: number;
}

const NONE: SaeInstanceCounts = { Active: 0, Succeeded: 0, Failed: 0 };

/** The state code of the execution at a history position, as the wire spells it. */
export function executionState(row: SaeTemplateRow, position: number): SaeJobState {
  return SAE_JOB_STATES[row.history.states[position] ?? 0] ?? '0';
}

/**
 * Counters derived from the execution's stable serial, so the template's counters (those of its
 * latest execution) and the history item always agree without storing them.
 */
export function executionInstances(row: SaeTemplateRow, position: number): SaeInstanceCounts {
  if (position < 0 || position >= row.history.count) return NONE;
  const bits = hashString(`${row.appId}#${executionSerial(row, position)}`);
  const replicas = row.replicas;
  switch (row.history.states[position]) {
    case SaeStateCode.Succeeded:
      // Pods that failed and were retried within the backoff limit still count as failed.
      return { Active: 0, Succeeded: replicas, Failed: bits % 8 === 0 ? 1 + ((bits >>> 3) % 2) : 0 };
    case SaeStateCode.Failed:
      return { Active: 0, Succeeded: (bits >>> 4) % replicas, Failed: 1 + ((bits >>> 8) % 4) };
    case SaeStateCode.Running: {
      const succeeded = (bits >>> 4) % replicas;
      return { Active: replicas - succeeded, Succeeded: succeeded, Failed: bits % 9 === 0 ? 1 : 0 };
    }
    default:
      return NONE;
  }
}
