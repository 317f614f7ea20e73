import { registerEnumType } from 'type-graphql';
import { JOB_STATUSES, type JobStatus as DomainJobStatus } from '../../domain/job-status';

/** The GraphQL JobStatus enum, built from the domain list. */
export const JobStatus = Object.fromEntries(JOB_STATUSES.map((status) => [status, status])) as {
  [K in DomainJobStatus]: K;
};

registerEnumType(JobStatus, {
  name: 'JobStatus',
  description:
    "A job's lifecycle, the same for every provider. The provider's own status is in `providerStatus`.",
  valuesConfig: {
    PENDING: { description: 'Accepted, not yet running: submitted, queued, preparing.' },
    RUNNING: { description: 'Running (including restarting).' },
    SUCCEEDED: { description: 'Finished successfully.' },
    FAILED: { description: 'Finished with a failure.' },
    CANCELLING: { description: 'A stop was requested and is in progress.' },
    CANCELLED: { description: 'Stopped before it finished.' },
    UNKNOWN: { description: 'A provider status jobgraph does not know yet; see providerStatus.' },
  },
});
