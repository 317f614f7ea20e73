import { executionJobId } from './id.materialize';
import { executionInstances, executionState } from './instance-count.materialize';
import { SAE_FAILURE_MESSAGES, SAE_PENDING_MESSAGE } from './vocabulary.dataset';
import { SaeStateCode, type SaeTemplateRow } from './sae.model';
import type {
  DescribeJobHistoryResponseBodyDataJobs,
  ListJobsResponseBodyDataApplications,
} from './sae.wire';

/** When the execution at a position completed (epoch seconds), or undefined while it has not. */
function completionTime(row: SaeTemplateRow, position: number): number | undefined {
  const state = row.history.states[position];
  if (state !== SaeStateCode.Succeeded && state !== SaeStateCode.Failed) return undefined;
  return (row.history.startTimes[position] ?? 0) + (row.history.durations[position] ?? 0);
}

function executionMessage(row: SaeTemplateRow, position: number): string | undefined {
  const state = row.history.states[position];
  if (state === SaeStateCode.NotRun) return SAE_PENDING_MESSAGE;
  if (state !== SaeStateCode.Failed) return undefined;
  const start = row.history.startTimes[position] ?? 0;
  return SAE_FAILURE_MESSAGES[start % SAE_FAILURE_MESSAGES.length];
}

/** The wire form of the execution at a history position (0 = newest). */
export function toJobExecution(
  row: SaeTemplateRow,
  position: number,
): DescribeJobHistoryResponseBodyDataJobs {
  const completed = completionTime(row, position);
  const message = executionMessage(row, position);
  return {
    JobId: executionJobId(row, position),
    State: executionState(row, position),
    StartTime: row.history.startTimes[position] ?? 0,
    ...(completed === undefined ? {} : { CompletionTime: completed }),
    ...executionInstances(row, position),
    ...(message === undefined ? {} : { Message: message }),
  };
}

/**
 * The wire form of a template. Its Active/Succeeded/Failed, LastStartTime, CompletionTime and
 * LastJobState are those of its latest execution, as SAE reports the last Job's status.
 */
export function toJobTemplate(row: SaeTemplateRow): ListJobsResponseBodyDataApplications {
  const ran = row.history.count > 0;
  const completed = ran ? completionTime(row, 0) : undefined;
  return {
    AppId: row.appId,
    AppName: row.appName,
    AppDescription: row.appDescription,
    NamespaceId: row.namespaceId,
    RegionId: row.regionId,
    Tags: row.tags.map(([Key, Value]) => ({ Key, Value })),
    TriggerConfig: row.triggerConfig,
    Suspend: row.suspend,
    ...executionInstances(row, 0),
    ...(ran ? { LastStartTime: row.history.startTimes[0] ?? 0 } : {}),
    ...(completed === undefined ? {} : { CompletionTime: completed }),
    LastChangeorderState: row.lastChangeorderState,
    LastJobState: ran ? executionState(row, 0) : '0',
    Cpu: row.cpu,
    Mem: row.mem,
    Message: row.message,
    ImageUrl: row.imageUrl,
  };
}
