// The ListWorkspaces filter: its normalized form (list-workspaces.query.ts reads it) and the test
// of a workspace against it. The workspace list is small (tens), so a page is a scan of it.
import type { Workspace } from './workspace.wire';
import type { TagCondition } from './param-reader.query';

/** A normalized ListWorkspaces filter; absent fields do not filter. */
export interface WorkspaceFilter {
  /** Lower-cased; fuzzy = case-insensitive substring of workspaceName. */
  readonly name?: string;
  /** Upper-cased: the doc's example is `running` while workspaceStatus is `RUNNING`. */
  readonly state?: string;
  readonly regionId?: string;
  /** All must match a `{tagKey, tagValue}` of the workspace. */
  readonly tag?: readonly TagCondition[];
  readonly resourceGroupId?: string;
}

/** A canonical string of the filter (keys are built in a fixed order). */
export function workspaceFilterKey(filter: WorkspaceFilter): string {
  return JSON.stringify(filter);
}

/** Whether one workspace passes the filter. */
export function matchesWorkspace(workspace: Workspace, filter: WorkspaceFilter): boolean {
  if (filter.name !== undefined && !workspace.workspaceName.toLowerCase().includes(filter.name)) return false;
  if (filter.state !== undefined && workspace.workspaceStatus !== filter.state) return false;
  if (filter.regionId !== undefined && workspace.regionId !== filter.regionId) return false;
  if (filter.resourceGroupId !== undefined && workspace.resourceGroupId !== filter.resourceGroupId)
    return false;
  const tags = filter.tag;
  if (tags) {
    const ok = tags.every((c) =>
      (workspace.tags ?? []).some(
        (t) => t.tagKey === c.key && (c.value === undefined || t.tagValue === c.value),
      ),
    );
    if (!ok) return false;
  }
  return true;
}
