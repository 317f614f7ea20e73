// Reads the ListJobRuns filters from the query into their normalized form (job-run.filter.ts).
import type { JobRunFilter } from './job-run.filter';
import {
  canonicalTags,
  readStringArray,
  readTagConditions,
  readTimeRange,
  type ParamReader,
} from './param-reader.query';

/**
 * Reads every documented filter. applicationConfigs / runtimeConfigs are accepted and ignored:
 * they are opaque JSON strings whose matching semantics the docs leave undefined.
 */
export function readJobRunFilter(reader: ParamReader): JobRunFilter {
  const { query } = reader;
  const name = query.string('name')?.toLowerCase();
  const tags = readTagConditions(reader, 'tags');
  const states = readStringArray(reader, 'states');
  const startTime = readTimeRange(reader, 'startTime');
  const endTime = readTimeRange(reader, 'endTime');
  const minDuration = query.int('minDuration', { min: 0 });
  const isWorkflow = query.bool('isWorkflow');
  const filter: Record<string, unknown> = {
    name,
    creator: query.string('creator'),
    jobRunId: query.string('jobRunId'),
    tags: tags ? canonicalTags(tags) : undefined,
    states: states ? [...new Set(states)].sort() : undefined,
    startTime,
    endTime,
    resourceQueueId: query.string('resourceQueueId'),
    jobRunDeploymentId: query.string('jobRunDeploymentId'),
    minDuration: minDuration === 0 ? undefined : minDuration,
    isWorkflow,
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as JobRunFilter;
}
