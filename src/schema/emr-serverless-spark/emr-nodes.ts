import type { JobRun } from '../../domain/job-run';
import type { Workspace } from '../../domain/workspace';
import { asNode, type AsNode } from '../node/as-node';

/** What the Workspace type reads: the domain workspace, served as is. */
export type WorkspaceNode = AsNode<Workspace>;

/** What the JobRun type reads: the domain run (its `origin` tells the resolver which operation's fields it holds). */
export type JobRunNode = AsNode<JobRun>;

/** A workspace as a Node: global id from its instance and workspaceId. */
export function workspaceNode(workspace: Workspace): WorkspaceNode {
  return asNode('Workspace', workspace.instanceId, [workspace.workspaceId], workspace);
}

/** A job run as a Node: global id from its instance, workspaceId and jobRunId. */
export function jobRunNode(run: JobRun): JobRunNode {
  return asNode('JobRun', run.instanceId, [run.workspaceId, run.jobRunId], run);
}
