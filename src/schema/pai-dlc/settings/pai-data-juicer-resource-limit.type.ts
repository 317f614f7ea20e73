import { Field, ObjectType } from 'type-graphql';

/** `DataJuicerConfig.ResourceLimit`. */
@ObjectType('PaiDataJuicerResourceLimit', {
  description: 'The most resources a Data-Juicer job may use (`ResourceLimit`), as quantity strings.',
})
export class PaiDataJuicerResourceLimit {
  @Field(() => String, { nullable: true, description: 'vCPUs (`CPU`).' })
  cpu!: string | null;

  @Field(() => String, { nullable: true, description: 'GPUs (`GPU`).' })
  gpu!: string | null;

  @Field(() => String, { nullable: true, description: 'Memory (`Memory`), e.g. "64Gi".' })
  memory!: string | null;
}
