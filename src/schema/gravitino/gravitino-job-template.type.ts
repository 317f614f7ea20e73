import { Field, ID, InterfaceType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { GraphQLJSONObject } from '../scalars';
import { GravitinoAudit } from './gravitino-audit.type';
import { GravitinoJobType } from './gravitino-job-type.enum';

/**
 * What every Gravitino job template has. An interface (not a union) because shell and Spark
 * templates share most fields and a client usually reads only those; the type-specific fields
 * sit on GravitinoShellJobTemplate and GravitinoSparkJobTemplate (`... on`). Values carry the
 * concrete `__typename` (see gravitino-nodes.ts), which resolves the type.
 */
@InterfaceType('GravitinoJobTemplate', {
  implements: Node,
  resolveType: (value: { __typename?: string }) => value.__typename,
  description:
    'A job template registered in a Gravitino metalake (`JobTemplate`, discriminated by `jobType`): what a job runs. Jobs are created from templates by name.',
})
// Not `abstract`: the connection factory takes a constructible class. Never instantiated (values are plain objects).
export class GravitinoJobTemplate {
  @Field(() => ID, { description: 'Opaque global id: enough to refetch this template with `node(id:)`.' })
  id!: string;

  @Field(() => String, { description: 'The name of the job template, unique in its metalake.' })
  name!: string;

  @Field(() => GravitinoJobType, { description: 'The type of the job template, normalized.' })
  jobType!: string;

  @Field(() => String, { description: 'The `jobType` exactly as Gravitino sent it (`shell`, `spark`).' })
  providerJobType!: string;

  @Field(() => String, { nullable: true, description: 'A comment about the job template.' })
  comment!: string | null;

  @Field(() => String, {
    description:
      'The executable of the job: a script or binary for shell jobs, the main JAR or Python file for Spark jobs.',
  })
  executable!: string;

  @Field(() => [String], {
    description:
      'The arguments of the job, which may hold `{{placeholders}}` filled from the job configuration at run time. Empty if none.',
  })
  arguments!: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      'Environment variables set for the job: a string-to-string map (values may hold placeholders; secret-looking values are redacted).',
  })
  environments!: Record<string, string>;

  @Field(() => GraphQLJSONObject, {
    description:
      'Custom fields of the template: a free-form string-to-string map (secret-looking values are redacted).',
  })
  customFields!: Record<string, string>;

  @Field(() => GravitinoAudit, {
    description: 'Who registered and last changed the template, and when (`audit`).',
  })
  audit!: GravitinoAudit;

  @Field(() => String, { description: 'The metalake the template is registered in.' })
  metalake!: string;

  @Field(() => String, {
    name: 'instance',
    description: 'The id of the configured Gravitino instance (server) the template came from.',
  })
  instanceId!: string;
}
