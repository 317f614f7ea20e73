import { BadUserInputError } from '../../errors/bad-user-input.error';
import { emrStatesForStatuses } from '../../domain/job-run-status';
import type { EmrJobRunFilter, EmrTimeRange } from '../../domain/job-run-filter';
import type { EmrKeyValue } from '../../domain/workspace-filter';
import type { JobRunFilter } from './job-run.args';

/** Key/value conditions as the loader takes them (workspace filters too); undefined when none, BAD_USER_INPUT on an empty key. */
export function keyValues(
  values: readonly EmrKeyValue[] | null | undefined,
  argument: string,
): EmrKeyValue[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.some((item) => item.key.trim() === '')) {
    throw new BadUserInputError(`Every key in "${argument}" must be non-empty.`, { argument });
  }
  return values.map(({ key, value }) => ({ key, value }));
}

/** A text condition (workspace filters too); undefined when unset or empty. */
export function text(value: string | null | undefined): string | undefined {
  return value == null || value === '' ? undefined : value;
}

function range(
  from: Date | null | undefined,
  to: Date | null | undefined,
  names: readonly [string, string],
): EmrTimeRange | undefined {
  if (from == null && to == null) return undefined;
  if (from != null && to != null && from.getTime() > to.getTime()) {
    throw new BadUserInputError(`"filter.${names[0]}" must not be later than "filter.${names[1]}".`, {
      argument: `filter.${names[0]}`,
    });
  }
  return { ...(from != null ? { from: from.getTime() } : {}), ...(to != null ? { to: to.getTime() } : {}) };
}

/**
 * The raw states to send: `states`, or the states behind `statuses`, or both intersected.
 * undefined: no state condition; []: nothing can match (e.g. states: [RUNNING] with statuses: [FAILED]).
 */
function statesOf(filter: JobRunFilter | null | undefined): string[] | undefined {
  const states = filter?.states && filter.states.length > 0 ? [...new Set(filter.states)] : undefined;
  const byStatus =
    filter?.statuses && filter.statuses.length > 0 ? emrStatesForStatuses(filter.statuses) : undefined;
  if (states && byStatus) return states.filter((state) => (byStatus as string[]).includes(state));
  return states ?? byStatus;
}

/**
 * The ListJobRuns filter for the GraphQL filter, validated; null when the filter cannot match any
 * run, so no call is needed. Keys are added in a fixed order and only when set, so the result
 * doubles as the cursor binding of the listing.
 */
export function toEmrJobRunFilter(filter: JobRunFilter | null | undefined): EmrJobRunFilter | null {
  const states = statesOf(filter);
  if (states !== undefined && states.length === 0) return null;
  const tags = keyValues(filter?.tags, 'filter.tags');
  const startTime = range(filter?.submittedAfter, filter?.submittedBefore, [
    'submittedAfter',
    'submittedBefore',
  ]);
  const endTime = range(filter?.endedAfter, filter?.endedBefore, ['endedAfter', 'endedBefore']);
  const applicationConfigs = keyValues(filter?.applicationConfigs, 'filter.applicationConfigs');
  const runtimeConfigs = keyValues(filter?.runtimeConfigs, 'filter.runtimeConfigs');
  const set = <K extends keyof EmrJobRunFilter>(key: K, value: EmrJobRunFilter[K] | undefined) =>
    value === undefined ? {} : { [key]: value };
  return {
    ...set('name', text(filter?.name)),
    ...set('creator', text(filter?.creator)),
    ...set('jobRunId', text(filter?.jobRunId)),
    ...set('tags', tags),
    ...set('states', states?.sort()),
    ...set('startTime', startTime),
    ...set('endTime', endTime),
    ...set('resourceQueueId', text(filter?.resourceQueueId)),
    ...set('jobRunDeploymentId', text(filter?.jobRunDeploymentId)),
    ...set('minDuration', filter?.minDurationMs ?? undefined),
    ...set('isWorkflow', filter?.isWorkflow ?? undefined),
    ...set('applicationConfigs', applicationConfigs),
    ...set('runtimeConfigs', runtimeConfigs),
  };
}
