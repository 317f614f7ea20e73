import { ArgsType, Field, InputType } from 'type-graphql';
import { EmrConnectionArgs } from './emr-connection.args';
import { EmrKeyValueInput } from './emr-key-value.input';
import { InstanceSelectionInput } from '../common/instance-selection.input';

/** Every ListWorkspaces filter, plus which configured instances to read. */
@InputType({ description: 'Which EMR Serverless Spark workspaces to list (every ListWorkspaces filter).' })
export class WorkspaceFilter extends InstanceSelectionInput {
  @Field(() => String, { nullable: true, description: 'Workspace name; fuzzy (substring) match (`name`).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Workspace state (`state`), e.g. RUNNING.' })
  state?: string | null;

  @Field(() => [EmrKeyValueInput], {
    nullable: true,
    description: 'Tags the workspace must all carry (`tag`).',
  })
  tags?: EmrKeyValueInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resource group of the workspace (`resourceGroupId`; SDK filter).',
  })
  resourceGroupId?: string | null;
}

/** Arguments of `Query.workspaces`. */
@ArgsType()
export class WorkspacesArgs extends EmrConnectionArgs {
  @Field(() => WorkspaceFilter, { nullable: true, description: 'Filters; all must match.' })
  filter?: WorkspaceFilter | null;
}
