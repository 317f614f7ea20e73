import { graphql, useFragment } from 'react-relay';
import type { JobFacts_job$key } from '../__generated__/JobFacts_job.graphql';
import { formatDuration, formatTime, providerLabel } from '../common/format';
import { StatusBadge } from '../common/status-badge';
import { Facts } from './facts';

/** What every job says, whichever provider ran it (the `Job` interface), as a definition list. */
export function JobFacts({ job }: { job: JobFacts_job$key }) {
  const data = useFragment(
    graphql`
      fragment JobFacts_job on Job {
        provider
        status
        providerStatus
        creator
        createdAt
        startedAt
        finishedAt
        durationMs
      }
    `,
    job,
  );
  return (
    <Facts
      items={[
        ['Provider', providerLabel(data.provider)],
        [
          'Status',
          <>
            <StatusBadge status={data.status} /> <span className="muted">({data.providerStatus})</span>
          </>,
        ],
        ['Creator', data.creator],
        ['Created', formatTime(data.createdAt)],
        ['Started', formatTime(data.startedAt)],
        ['Finished', formatTime(data.finishedAt)],
        ['Ran for', formatDuration(data.durationMs)],
      ]}
    />
  );
}
