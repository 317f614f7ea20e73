import { Field, InputType, Int } from 'type-graphql';
import type { PaiNumericRangeField as WireNumericRangeField } from '../../domain/pai-job-filter';
import { PaiNumericRangeField } from './pai-numeric-range-field.enum';

/** ListJobs `NumericRangeField` / `NumericRangeMin` / `NumericRangeMax`. */
@InputType('PaiNumericRangeInput', {
  description:
    'A range, both ends inclusive, on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`). Give exactly one of `field` and `fieldUnchecked`.',
})
export class PaiNumericRangeInput {
  @Field(() => PaiNumericRangeField, {
    nullable: true,
    description: 'The number (`NumericRangeField`), one the ListJobs documentation names.',
  })
  field?: WireNumericRangeField | null;

  @Field(() => String, {
    nullable: true,
    description:
      '`NumericRangeField` as a string of your choosing, sent as is and unchecked: the documentation names only `RequestGPU`, so PAI-DLC may refuse any other value (BAD_USER_INPUT with the upstream code) or read it its own way.',
  })
  fieldUnchecked?: string | null;

  @Field(() => Int, { nullable: true, description: 'Smallest value (`NumericRangeMin`).' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest value (`NumericRangeMax`).' })
  max?: number | null;
}
