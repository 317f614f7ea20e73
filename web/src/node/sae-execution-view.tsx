import { graphql, useFragment } from 'react-relay';
import type { SaeExecutionView_execution$key } from '../__generated__/SaeExecutionView_execution.graphql';
import { Link, nodePath } from '../routing/link';
import { Facts } from './facts';
import { JobFacts } from './job-facts';

/** One execution of an SAE job template, with a link to its template. */
export function SaeExecutionView({ execution }: { execution: SaeExecutionView_execution$key }) {
  const data = useFragment(
    graphql`
      fragment SaeExecutionView_execution on SaeJobExecution {
        jobId
        message
        succeeded
        failed
        active
        ...JobFacts_job
        saeTemplate: template {
          id
          appId
          appName
        }
      }
    `,
    execution,
  );
  return (
    <article>
      <h1>
        <span className="kind">SAE job execution</span> {data.jobId}
      </h1>
      <JobFacts job={data} />
      <Facts
        items={[
          ['Message', data.message],
          [
            'Succeeded / failed / active',
            `${data.succeeded ?? 0} / ${data.failed ?? 0} / ${data.active ?? 0}`,
          ],
          [
            'Template',
            <Link key="template" to={nodePath(data.saeTemplate.id)}>
              {data.saeTemplate.appName ?? data.saeTemplate.appId}
            </Link>,
          ],
        ]}
      />
    </article>
  );
}
