import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { GraphQLJSONObject } from '../scalars';
import { GravitinoAudit } from './gravitino-audit.type';

/**
 * A configured Gravitino metalake with its details (`GET /metalakes`); `jobs` and `jobTemplates` are
 * field resolvers. A Node so that its connection's edges follow Relay (an edge's node is a Node) and
 * a client can refetch one metalake by id.
 */
@ObjectType('GravitinoMetalake', {
  implements: Node,
  description:
    'A Gravitino metalake this gateway is configured to read: the top-level container of job templates and jobs on a Gravitino server.',
})
export class GravitinoMetalake {
  @Field(() => ID, { description: 'Opaque global id: enough to refetch this metalake with `node(id:)`.' })
  id!: string;

  @Field(() => String, { description: 'The name of the metalake, unique on its server.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A comment about the metalake.' })
  comment!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Properties of the metalake: a free-form string-to-string map (for example `in-use`).',
  })
  properties!: Record<string, string>;

  @Field(() => GravitinoAudit, {
    description: 'Who created and last changed the metalake, and when (`audit`).',
  })
  audit!: GravitinoAudit;

  @Field(() => String, {
    name: 'instance',
    description: 'The id of the configured Gravitino instance (server) the metalake is on.',
  })
  instanceId!: string;
}
