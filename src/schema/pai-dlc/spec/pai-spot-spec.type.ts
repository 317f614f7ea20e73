import { Field, Float, ObjectType } from 'type-graphql';

/** `SpotSpec`. */
@ObjectType('PaiSpotSpec', {
  description: 'How a role bids for spot (preemptible) instances (`SpotSpec`).',
})
export class PaiSpotSpec {
  @Field(() => String, {
    nullable: true,
    description: 'Bidding strategy (`SpotStrategy`), e.g. `SpotWithPriceLimit` or `SpotAsPriceGo`.',
  })
  spotStrategy!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest discount off the pay-as-you-go price accepted (`SpotDiscountLimit`), e.g. 0.5.',
  })
  spotDiscountLimit!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest hourly price accepted per instance (`SpotPriceLimit`).',
  })
  spotPriceLimit!: number | null;
}
