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
    CANCELLED: {
      description:
        "Stopped before it finished, by a request or by the provider (PAI-DLC stops a job at its maximum running time under the same status); the provider's reason says which.",
    },
    UNKNOWN: {
      description:
        "The provider's status does not tell where the job stands: one jobgraph does not know yet, or one whose documented meaning leaves it open (EMR `CancelFailed`: the cancel failed, the run may still be running or have ended); see providerStatus.",
    },
  },
});

/**
 * A provider's status table as description text ("Submitted → PENDING, Running → RUNNING"), so the
 * schema says what the table does and cannot drift from it. A null status is written "null".
 */
export function statusMappingText(
  table: Readonly<Record<string, DomainJobStatus | null>>,
  quote: (raw: string) => string = (raw) => raw,
): string {
  return Object.entries(table)
    .map(([raw, status]) => `${quote(raw)} → ${status ?? 'null'}`)
    .join(', ');
}
