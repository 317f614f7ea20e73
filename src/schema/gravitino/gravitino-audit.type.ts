import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { GraphQLDateTime } from '../scalars';

/** Gravitino's `Audit`: who created and last modified an entity, and when. */
@ObjectType('GravitinoAudit', {
  description:
    'Audit information Gravitino keeps for a metalake, job template or job. A field is null when the server sent no value (it omits `lastModifier`/`lastModifiedTime` until the entity is changed).',
})
export class GravitinoAudit {
  @Field(() => String, {
    nullable: true,
    description: 'The user who created the entity (`anonymous` under simple auth without a user).',
  })
  creator!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the entity was created (microseconds truncated to milliseconds).',
  })
  createTime!: EpochMillis | null;

  @Field(() => String, {
    nullable: true,
    description: 'The user who last modified the entity; null if it was never modified.',
  })
  lastModifier!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the entity was last modified; null if it was never modified.',
  })
  lastModifiedTime!: EpochMillis | null;
}
