import { Field, InputType } from 'type-graphql';
import type { PaiTimeRangeField as WireTimeRangeField } from '../../domain/pai-job-filter';
import { GraphQLDateTime } from '../scalars';
import { PaiTimeRangeField } from './pai-time-range-field.enum';

/** ListJobs `StartTime` / `EndTime` / `TimeRangeField`. */
@InputType('PaiTimeWindowInput', {
  description:
    'A time window, both ends inclusive (`StartTime`, `EndTime`, `TimeRangeField`). Unlike a bare ListJobs call, leaving `from` out does NOT mean "the last 7 days": jobgraph then asks for every job since 2015.',
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

  @Field(() => PaiTimeRangeField, {
    nullable: true,
    description: 'Which time of the job the window applies to (`TimeRangeField`). Default: creation time.',
  })
  field?: WireTimeRangeField | null;
}
