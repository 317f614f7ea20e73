import { registerEnumType } from 'type-graphql';
import type { PaiNumericRangeField as WireNumericRangeField } from '../../domain/pai-job-filter';

/**
 * ListJobs `NumericRangeField` values the documentation names: only `RequestGPU`. GraphQL names
 * are SCREAMING_CASE; the values are the wire strings, so the filter passes them through unchanged.
 */
export const PaiNumericRangeField = {
  REQUEST_GPU: 'RequestGPU',
} as const satisfies Record<string, WireNumericRangeField>;

registerEnumType(PaiNumericRangeField, {
  name: 'PaiNumericRangeField',
  description:
    'The number a PAI-DLC numeric range filter applies to (`NumericRangeField`): the values the ListJobs documentation names. Any other field goes in `PaiNumericRangeInput.fieldUnchecked`.',
  valuesConfig: {
    REQUEST_GPU: { description: '`RequestGPU`: GPUs requested.' },
  },
});
