import { Field, ObjectType } from 'type-graphql';

/** A container `Env` entry. */
@ObjectType('PaiEnvVar', {
  description: 'An environment variable of an init or sidecar container (`Env` entry).',
})
export class PaiEnvVar {
  @Field(() => String, { nullable: true, description: 'Variable name (`Name`).' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Variable value (`Value`).' })
  value!: string | null;
}
