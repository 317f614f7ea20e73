import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from '../scalars';
import { GravitinoAudit } from './gravitino-audit.type';

/** A configured Gravitino metalake with its details (`GET /metalakes`); `jobs` and `jobTemplates` are field resolvers. */
@ObjectType('GravitinoMetalake', {
  description:
    'A Gravitino metalake this gateway is configured to read: the top-level container of job templates and jobs on a Gravitino server.',
})
export class GravitinoMetalake {
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
    description: 'The id of the configured Gravitino instance (server) the metalake is on.',
  })
  instance!: string;
}
