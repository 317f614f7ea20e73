import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { Workspace } from './workspace.type';

/** A Relay page of EMR Serverless Spark workspaces. */
@ObjectType('WorkspaceConnection', {
  description:
    'A page of EMR Serverless Spark workspaces. totalCount sums ListWorkspaces `totalCount` over the instances listed; null for a caller granted only some workspaces (ListWorkspaces cannot count those).',
})
export class WorkspaceConnection extends ConnectionType(Workspace, 'Workspace') {}
