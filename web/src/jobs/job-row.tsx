import { graphql, useFragment } from 'react-relay';
import type { JobRow_job$key } from '../__generated__/JobRow_job.graphql';
import { formatDuration, formatTime, providerLabel } from '../common/format';
import { StatusBadge } from '../common/status-badge';
import { Link, nodePath } from '../routing/link';

/** One job of any provider as a table row; its name opens the job, its parent opens the parent. */
export function JobRow({ job }: { job: JobRow_job$key }) {
  const data = useFragment(
    graphql`
      fragment JobRow_job on Job {
        id
        name
        provider
        status
        providerStatus
        createdAt
        durationMs
        ... on JobRun {
          jobRunId
          workspace {
            id
            workspaceName
            workspaceId
          }
        }
        ... on PaiJob {
          jobId
        }
        ... on SaeJobExecution {
          jobId
          saeTemplate: template {
            id
            appName
            appId
          }
        }
        ... on GravitinoJob {
          jobId
          metalake
        }
      }
    `,
    job,
  );
  const ownId = data.jobRunId ?? data.jobId ?? data.id;
  const parent = data.workspace
    ? { id: data.workspace.id, label: data.workspace.workspaceName ?? data.workspace.workspaceId }
    : data.saeTemplate
      ? { id: data.saeTemplate.id, label: data.saeTemplate.appName ?? data.saeTemplate.appId }
      : undefined;
  return (
    <tr data-job-id={data.id}>
      <td>
        <Link to={nodePath(data.id)}>{data.name ?? ownId}</Link>
      </td>
      <td>{providerLabel(data.provider)}</td>
      <td>{parent ? <Link to={nodePath(parent.id)}>{parent.label}</Link> : (data.metalake ?? '')}</td>
      <td>
        <StatusBadge status={data.status} title={`${data.provider}: ${data.providerStatus}`} />
      </td>
      <td>{formatTime(data.createdAt)}</td>
      <td className="number">{formatDuration(data.durationMs)}</td>
    </tr>
  );
}

/** The header row matching JobRow's cells. */
export function JobTableHead() {
  return (
    <thead>
      <tr>
        <th>Job</th>
        <th>Provider</th>
        <th>In</th>
        <th>Status</th>
        <th>Created</th>
        <th className="number">Ran for</th>
      </tr>
    </thead>
  );
}
