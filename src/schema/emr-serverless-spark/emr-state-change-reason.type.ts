import { Field, ObjectType } from 'type-graphql';

/** `stateChangeReason` of an EMR workspace or job run. */
@ObjectType({
  description: 'Why an EMR Serverless Spark workspace or job run last changed state (`stateChangeReason`).',
})
export class EmrStateChangeReason {
  @Field(() => String, { nullable: true, description: 'The error code (`code`), e.g. "0".' })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The error message (`message`), e.g. "connection refused".',
  })
  message!: string | null;
}
