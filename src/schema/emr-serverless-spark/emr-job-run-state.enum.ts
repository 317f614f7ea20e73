import { registerEnumType } from 'type-graphql';
import { isJobRunState, type JobRunState } from '../../domain/job-run-status';

/**
 * EMR's raw job run states as a GraphQL enum. GraphQL names are SCREAMING_CASE; the values are the
 * wire strings, so resolvers and filters pass them through unchanged.
 */
export const EmrJobRunState = {
  SUBMITTED: 'Submitted',
  PENDING: 'Pending',
  RUNNING: 'Running',
  SUCCESS: 'Success',
  FAILED: 'Failed',
  CANCELLING: 'Cancelling',
  CANCELLED: 'Cancelled',
  CANCEL_FAILED: 'CancelFailed',
} as const satisfies Record<string, JobRunState>;

/** The raw state if EMR documents it; null for anything else (providerStatus keeps the string). */
export function knownEmrJobRunState(state: string): JobRunState | null {
  return isJobRunState(state) ? state : null;
}

registerEnumType(EmrJobRunState, {
  name: 'EmrJobRunState',
  description: "An EMR Serverless Spark job run's own state (`state`), as documented for ListJobRuns.",
  valuesConfig: {
    SUBMITTED: { description: '`Submitted`: the job is submitted.' },
    PENDING: { description: '`Pending`: the job is waiting for resources.' },
    RUNNING: { description: '`Running`: the job is running.' },
    SUCCESS: { description: '`Success`: the job succeeded.' },
    FAILED: { description: '`Failed`: the job failed.' },
    CANCELLING: { description: '`Cancelling`: the job is being cancelled.' },
    CANCELLED: { description: '`Cancelled`: the job was cancelled.' },
    CANCEL_FAILED: {
      description:
        '`CancelFailed`: the job failed to be cancelled. It may still be running or have ended since, so its normalized status is UNKNOWN.',
    },
  },
});
