import type { EmrJobRunFilter, EmrTimeRange } from '../../domain/job-run-filter';
import { EMR_MAX_RESULTS } from '../../domain/upstream-page-limits';
import type { EmrKeyValue, EmrWorkspaceFilter } from '../../domain/workspace-filter';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { ListJobRunsRequest, ListJobRunsRequestTimeRange, Tag } from './emr-serverless-spark.dto';
import type { ListWorkspacesRequest } from './emr-serverless-spark-workspace.dto';

/** One forward page request in EMR's own style. */
export interface EmrPageRequest {
  /** The `nextToken` of the previous page; absent or null for the first page. */
  readonly nextToken?: string | null;
  /** 1..100. */
  readonly maxResults: number;
}

function pageQuery(page: EmrPageRequest): { maxResults: number; nextToken?: string } {
  const { maxResults, nextToken } = page;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > EMR_MAX_RESULTS) {
    throw new BadUserInputError(`maxResults must be an integer from 1 to ${EMR_MAX_RESULTS}.`, {
      argument: 'first',
    });
  }
  return nextToken ? { maxResults, nextToken } : { maxResults };
}

function keyValues(values: readonly EmrKeyValue[] | undefined, argument: string): Tag[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.some((item) => item.key === ''))
    throw new BadUserInputError(`${argument} keys must not be empty.`, { argument });
  return values.map(({ key, value }) => ({ key, value }));
}

function timeRange(
  range: EmrTimeRange | undefined,
  argument: string,
): ListJobRunsRequestTimeRange | undefined {
  if (!range || (range.from === undefined && range.to === undefined)) return undefined;
  for (const bound of [range.from, range.to]) {
    if (bound !== undefined && (!Number.isSafeInteger(bound) || bound < 0)) {
      throw new BadUserInputError(`${argument} bounds must be epoch milliseconds.`, { argument });
    }
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    throw new BadUserInputError(`${argument} must not end before it starts.`, { argument });
  }
  return {
    ...(range.from !== undefined ? { startTime: range.from } : {}),
    ...(range.to !== undefined ? { endTime: range.to } : {}),
  };
}

/** Drops undefined members, so the wire query holds only what the caller set. */
function compact<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as T;
}

/** The ListWorkspaces query (without regionId, which the client adds) for a filter and page. */
export function listWorkspacesQuery(
  filter: EmrWorkspaceFilter,
  page: EmrPageRequest,
): Omit<ListWorkspacesRequest, 'regionId'> {
  return compact({
    ...pageQuery(page),
    name: filter.name || undefined,
    state: filter.state || undefined,
    tag: keyValues(filter.tags, 'tags'),
    resourceGroupId: filter.resourceGroupId || undefined,
  });
}

/** The ListJobRuns query (without regionId) for a filter and page. */
export function listJobRunsQuery(
  filter: EmrJobRunFilter,
  page: EmrPageRequest,
): Omit<ListJobRunsRequest, 'regionId'> {
  const { minDuration } = filter;
  if (minDuration !== undefined && (!Number.isSafeInteger(minDuration) || minDuration < 0)) {
    throw new BadUserInputError('minDuration must be a non-negative number of milliseconds.', {
      argument: 'minDuration',
    });
  }
  const applicationConfigs = keyValues(filter.applicationConfigs, 'applicationConfigs');
  const runtimeConfigs = keyValues(filter.runtimeConfigs, 'runtimeConfigs');
  return compact({
    ...pageQuery(page),
    name: filter.name || undefined,
    creator: filter.creator || undefined,
    jobRunId: filter.jobRunId || undefined,
    tags: keyValues(filter.tags, 'tags'),
    states: filter.states && filter.states.length > 0 ? [...filter.states] : undefined,
    startTime: timeRange(filter.startTime, 'startTime'),
    endTime: timeRange(filter.endTime, 'endTime'),
    resourceQueueId: filter.resourceQueueId || undefined,
    jobRunDeploymentId: filter.jobRunDeploymentId || undefined,
    minDuration,
    isWorkflow: filter.isWorkflow === undefined ? undefined : String(filter.isWorkflow),
    // Declared as strings by the API: the caller (here, us) sends the JSON text itself.
    applicationConfigs: applicationConfigs && JSON.stringify(applicationConfigs),
    runtimeConfigs: runtimeConfigs && JSON.stringify(runtimeConfigs),
  });
}
