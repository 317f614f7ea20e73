import type { EmrWorkspaceFilter } from '../../domain/workspace-filter';
import { keyValues, text } from './job-run.filter';
import type { WorkspaceFilter } from './workspace.args';

/** The ListWorkspaces filter for the GraphQL filter; keys only when set, so it doubles as a cursor binding. */
export function toEmrWorkspaceFilter(filter: WorkspaceFilter | null | undefined): EmrWorkspaceFilter {
  const name = text(filter?.name);
  const state = text(filter?.state);
  const tags = keyValues(filter?.tags, 'filter.tags');
  const resourceGroupId = text(filter?.resourceGroupId);
  return {
    ...(name !== undefined ? { name } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(tags !== undefined ? { tags } : {}),
    ...(resourceGroupId !== undefined ? { resourceGroupId } : {}),
  };
}
