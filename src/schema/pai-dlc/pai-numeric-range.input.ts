import { Field, InputType, Int } from 'type-graphql';
import type { PaiNumericRangeField as WireNumericRangeField } from '../../domain/pai-job-filter';
import { PaiNumericRangeField } from './pai-numeric-range-field.enum';

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
