import { Field, ObjectType } from 'type-graphql';

/** `StartupDependency`. */
@ObjectType('PaiStartupDependency', {
  description: 'A role that must reach a phase before this role starts (`StartupDependencies` entry).',
})
export class PaiStartupDependency {
  @Field(() => String, { nullable: true, description: 'The role waited for (`Type`), e.g. `Master`.' })
  type!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The phase it must reach (`OnPhase`), e.g. `Running`.',
  })
  onPhase!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How many of its replicas must reach it (`MinReplicas`), as PAI sends it (a string).',
  })
  minReplicas!: string | null;
}
