import { Field, InputType } from 'type-graphql';
import { GraphQLDateTime } from '../scalars';

/** ListJobs `StartTime` / `EndTime` / `TimeRangeField`. */
@InputType('PaiTimeWindowInput', {
  description:
    'A time window, both ends inclusive (`StartTime`, `EndTime`), on creation time unless `fieldUnchecked` names another. Unlike a bare ListJobs call, leaving `from` out does NOT mean "the last 7 days": jobgraph then asks for every job since 2015.',
})
export class PaiTimeWindowInput {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "Earliest time (`StartTime`). Default: 2015-01-01, so no job is hidden by PAI's 7-day default.",
  })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Latest time (`EndTime`). Default: now.' })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      '`TimeRangeField` as a string of your choosing, sent as is and unchecked: the window is on creation time by default, and the documentation names no value for this parameter, so PAI-DLC may refuse any value (BAD_USER_INPUT with the upstream code) or read it its own way. Leave it out for creation time.',
  })
  fieldUnchecked?: string | null;
}
