import { graphql, usePaginationFragment } from 'react-relay';
import type { SaeTemplateView_template$key } from '../__generated__/SaeTemplateView_template.graphql';
import type { SaeExecutionsPaginationQuery } from '../__generated__/SaeExecutionsPaginationQuery.graphql';
import { formatTime } from '../common/format';
import { StatusBadge } from '../common/status-badge';
import { JobRow, JobTableHead } from '../jobs/job-row';
import { Facts } from './facts';

/** An SAE job template and its executions, a page at a time. */
export function SaeTemplateView({ template }: { template: SaeTemplateView_template$key }) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    SaeExecutionsPaginationQuery,
    SaeTemplateView_template$key
  >(
    graphql`
      fragment SaeTemplateView_template on SaeJobTemplate
      @refetchable(queryName: "SaeExecutionsPaginationQuery")
      @argumentDefinitions(first: { type: "Int", defaultValue: 20 }, after: { type: "String" }) {
        appId
        appName
        appDescription
        instance
        region
        lastJobStatus
        lastStartTime
        cpu
        mem
        succeeded
        failed
        active
        triggerConfig
        executions(first: $first, after: $after) @connection(key: "SaeTemplateView_executions") {
          edges {
            node {
              id
              ...JobRow_job
            }
          }
        }
      }
    `,
    template,
  );
  const executions = data.executions.edges.flatMap((edge) => (edge.node ? [edge.node] : []));
  return (
    <article>
      <h1>
        <span className="kind">SAE job template</span> {data.appName ?? data.appId}
      </h1>
      <Facts
        items={[
          ['App id', data.appId],
          ['Description', data.appDescription],
          ['Instance', `${data.instance} (${data.region})`],
          ['Last run', data.lastJobStatus ? <StatusBadge status={data.lastJobStatus} /> : null],
          ['Last started', formatTime(data.lastStartTime)],
          ['CPU / memory', `${data.cpu ?? '—'} / ${data.mem ?? '—'}`],
          [
            'Succeeded / failed / active',
            `${data.succeeded ?? 0} / ${data.failed ?? 0} / ${data.active ?? 0}`,
          ],
          ['Trigger', data.triggerConfig],
        ]}
      />
      <h2>Executions</h2>
      <table className="jobs">
        <JobTableHead />
        <tbody>
          {executions.map((execution) => (
            <JobRow key={execution.id} job={execution} />
          ))}
        </tbody>
      </table>
      {hasNext && (
        <button type="button" disabled={isLoadingNext} onClick={() => loadNext(20)}>
          {isLoadingNext ? 'Loading…' : 'More executions'}
        </button>
      )}
    </article>
  );
}
