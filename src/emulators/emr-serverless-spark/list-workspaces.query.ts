// Reads the ListWorkspaces filters from the query into their normalized form (workspace.filter.ts).
import type { WorkspaceFilter } from './workspace.filter';
import { canonicalTags, readTagConditions, type ParamReader } from './param-reader.query';

/** Reads the documented filters plus the SDK's resourceGroupId. */
export function readWorkspaceFilter(reader: ParamReader): WorkspaceFilter {
  const { query } = reader;
  const tag = readTagConditions(reader, 'tag');
  const filter: Record<string, unknown> = {
    name: query.string('name')?.toLowerCase(),
    state: query.string('state')?.toUpperCase(),
    regionId: query.string('regionId'),
    tag: tag ? canonicalTags(tag) : undefined,
    resourceGroupId: query.string('resourceGroupId'),
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as WorkspaceFilter;
}
