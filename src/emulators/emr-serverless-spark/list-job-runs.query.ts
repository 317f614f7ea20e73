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
 * Reads every documented filter. applicationConfigs / runtimeConfigs are declared as strings
 * holding a JSON array of {key, value} (the doc's examples), read like tags: anything else is
 * InvalidParameter.
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
  const applicationConfigs = readTagConditions(reader, 'applicationConfigs');
  const runtimeConfigs = readTagConditions(reader, 'runtimeConfigs');
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
    applicationConfigs: applicationConfigs ? canonicalTags(applicationConfigs) : undefined,
    runtimeConfigs: runtimeConfigs ? canonicalTags(runtimeConfigs) : undefined,
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as JobRunFilter;
}
