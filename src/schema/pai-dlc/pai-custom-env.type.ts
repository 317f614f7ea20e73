import { Field, ObjectType } from 'type-graphql';

/** `CustomEnv`. */
@ObjectType('PaiCustomEnv', {
  description: 'An environment variable the user set on the job (GetJob `CustomEnvs` entry).',
})
export class PaiCustomEnv {
  @Field(() => String, { description: 'Variable name (`Key`).' })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its value (`Value`); always null for a hidden variable, whatever PAI sent.',
  })
  value!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the value may be shown (`Visible`, "true"/"false" on the wire); null when absent.',
  })
  visible!: boolean | null;
}
