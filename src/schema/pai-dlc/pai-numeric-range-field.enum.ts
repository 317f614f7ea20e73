import { registerEnumType } from 'type-graphql';
import type { PaiNumericRangeField as WireNumericRangeField } from '../../domain/pai-job-filter';

/**
 * ListJobs `NumericRangeField` values. GraphQL names are SCREAMING_CASE; the values are the wire
 * strings, so the filter passes them through unchanged.
 */
export const PaiNumericRangeField = {
  REQUEST_GPU: 'RequestGPU',
  REQUEST_CPU: 'RequestCPU',
  REQUEST_MEMORY: 'RequestMemory',
  NODE_COUNT: 'NodeCount',
  PRIORITY: 'Priority',
  DURATION: 'Duration',
} as const satisfies Record<string, WireNumericRangeField>;

registerEnumType(PaiNumericRangeField, {
  name: 'PaiNumericRangeField',
  description: 'The number a PAI-DLC numeric range filter applies to (`NumericRangeField`).',
  valuesConfig: {
    REQUEST_GPU: { description: '`RequestGPU`: GPUs requested.' },
    REQUEST_CPU: { description: '`RequestCPU`: vCPUs requested.' },
    REQUEST_MEMORY: { description: '`RequestMemory`: memory requested, in GiB.' },
    NODE_COUNT: { description: '`NodeCount`: nodes used.' },
    PRIORITY: { description: '`Priority`: 1..9.' },
    DURATION: { description: '`Duration`: seconds run.' },
  },
});
