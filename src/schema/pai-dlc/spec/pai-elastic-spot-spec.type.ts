import { Field, Float, ObjectType } from 'type-graphql';

/** One `ElasticSpotSpecs` entry. */
@ObjectType('PaiElasticSpotSpec', {
  description: 'One spot instance type a role may fall back to (`ElasticSpotSpecs` entry), with its bid.',
})
export class PaiElasticSpotSpec {
  @Field(() => String, { nullable: true, description: 'ECS instance type (`InstanceType`).' })
  instanceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Bidding strategy (`SpotStrategy`).' })
  spotStrategy!: string | null;

  @Field(() => Float, { nullable: true, description: 'Highest discount accepted (`SpotDiscountLimit`).' })
  spotDiscountLimit!: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest hourly price accepted (`SpotPriceLimit`).' })
  spotPriceLimit!: number | null;
}
