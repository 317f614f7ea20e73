import { Field, InputType, Int } from 'type-graphql';
import type {
  PaiNumericRangeField as WireNumericRangeField,
  PaiTimeRangeField as WireTimeRangeField,
} from '../../domain/pai-dlc-job-fields';
import { GraphQLDateTime } from '../scalars';
import { PaiNumericRangeField, PaiTimeRangeField } from './pai-job-filter.enums';

/** One ListJobs `Tags` entry. */
@InputType('PaiTagInput', {
  description: 'A tag a PAI-DLC job must carry in its `Settings.Tags` (one `Tags` entry).',
})
export class PaiTagInput {
  @Field(() => String, { description: 'Tag key.' })
  key!: string;

  @Field(() => String, { description: 'Tag value; the job must carry exactly this value under the key.' })
  value!: string;
}

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

/** ListJobs `NumericRangeField` / `NumericRangeMin` / `NumericRangeMax`. */
@InputType('PaiNumericRangeInput', {
  description:
    'A range, both ends inclusive, on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`).',
})
export class PaiNumericRangeInput {
  @Field(() => PaiNumericRangeField, { description: 'The number (`NumericRangeField`).' })
  field!: WireNumericRangeField;

  @Field(() => Int, { nullable: true, description: 'Smallest value (`NumericRangeMin`).' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest value (`NumericRangeMax`).' })
  max?: number | null;
}
