import { graphql, usePaginationFragment } from 'react-relay';
import type { WorkspaceView_workspace$key } from '../__generated__/WorkspaceView_workspace.graphql';
import type { WorkspaceJobRunsPaginationQuery } from '../__generated__/WorkspaceJobRunsPaginationQuery.graphql';
import { formatTime } from '../common/format';
import { JobRow, JobTableHead } from '../jobs/job-row';
import { Facts } from './facts';

/** An EMR Serverless Spark workspace and its job runs, a page at a time. */
export function WorkspaceView({ workspace }: { workspace: WorkspaceView_workspace$key }) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    WorkspaceJobRunsPaginationQuery,
    WorkspaceView_workspace$key
  >(
    graphql`
      fragment WorkspaceView_workspace on Workspace
      @refetchable(queryName: "WorkspaceJobRunsPaginationQuery")
      @argumentDefinitions(first: { type: "Int", defaultValue: 20 }, after: { type: "String" }) {
        workspaceId
        workspaceName
        workspaceStatus
        region
        instance
        createTime
        paymentType
        resourceSpec
        jobRuns(first: $first, after: $after) @connection(key: "WorkspaceView_jobRuns") {
          edges {
            node {
              id
              ...JobRow_job
            }
          }
        }
      }
    `,
    workspace,
  );
  const runs = data.jobRuns.edges.flatMap((edge) => (edge.node ? [edge.node] : []));
  return (
    <article>
      <h1>
        <span className="kind">EMR Serverless Spark workspace</span> {data.workspaceName ?? data.workspaceId}
      </h1>
      <Facts
        items={[
          ['Workspace id', data.workspaceId],
          ['Status', data.workspaceStatus],
          ['Instance', `${data.instance} (${data.region})`],
          ['Created', formatTime(data.createTime)],
          ['Payment', data.paymentType],
          ['Resources', data.resourceSpec],
        ]}
      />
      <h2>Job runs</h2>
      <table className="jobs">
        <JobTableHead />
        <tbody>
          {runs.map((run) => (
            <JobRow key={run.id} job={run} />
          ))}
        </tbody>
      </table>
      {hasNext && (
        <button type="button" disabled={isLoadingNext} onClick={() => loadNext(20)}>
          {isLoadingNext ? 'Loading…' : 'More runs'}
        </button>
      )}
    </article>
  );
}
