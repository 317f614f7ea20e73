import { Field, Int, ObjectType } from 'type-graphql';

/** `HyperNodeSchedulingConfig`. */
@ObjectType('PaiHyperNodeSchedulingConfig', {
  description: "How a role's pods are gang-scheduled onto hyper nodes (`HyperNodeSchedulingConfig`).",
})
export class PaiHyperNodeSchedulingConfig {
  @Field(() => Int, {
    nullable: true,
    description: 'Pods that must be placeable together before any starts (`MinAvailable`).',
  })
  minAvailable!: number | null;

  @Field(() => String, { nullable: true, description: 'Placement quality policy (`QualityPolicy`).' })
  qualityPolicy!: string | null;
}
