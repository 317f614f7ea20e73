import { registerEnumType } from 'type-graphql';
import { isSaeJobState, type SaeJobState as DomainSaeJobState } from '../../domain/sae-job-status';

/** SAE's execution states; the GraphQL names stand for the wire codes "0".."3". */
export const SaeJobState = {
  NOT_EXECUTED: '0',
  SUCCEEDED: '1',
  FAILED: '2',
  EXECUTING: '3',
} as const satisfies Record<string, DomainSaeJobState>;

registerEnumType(SaeJobState, {
  name: 'SaeJobState',
  description:
    'An SAE job execution state as SAE reports it (DescribeJobHistory `State`, ListJobs `LastJobState`). On an execution each maps to one JobStatus: NOT_EXECUTED→PENDING, SUCCEEDED→SUCCEEDED, FAILED→FAILED, EXECUTING→RUNNING. On a template (`lastJobState`) NOT_EXECUTED means it has never run, so `lastJobStatus` is null.',
  valuesConfig: {
    NOT_EXECUTED: {
      description:
        '"0": not executed: an execution not run yet, or (as lastJobState) a template that never ran.',
    },
    SUCCEEDED: { description: '"1": the execution succeeded.' },
    FAILED: { description: '"2": the execution failed.' },
    EXECUTING: { description: '"3": executing.' },
  },
});

/**
 * The enum value for a raw state, or null for an absent or unseen code: an odd upstream value
 * nulls this one field quietly (providerStatus still shows it) instead of failing serialization.
 */
export function knownSaeJobState(raw: string | null): DomainSaeJobState | null {
  return raw !== null && isSaeJobState(raw) ? raw : null;
}
