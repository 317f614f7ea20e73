import { graphql, useFragment } from 'react-relay';
import type { JobRunView_run$key } from '../__generated__/JobRunView_run.graphql';
import { Link, nodePath } from '../routing/link';
import { Facts } from './facts';
import { JobFacts } from './job-facts';

/** An EMR Serverless Spark job run, with a link to its workspace. */
export function JobRunView({ run }: { run: JobRunView_run$key }) {
  const data = useFragment(
    graphql`
      fragment JobRunView_run on JobRun {
        jobRunId
        name
        codeType
        releaseVersion
        ...JobFacts_job
        workspace {
          id
          workspaceId
          workspaceName
        }
      }
    `,
    run,
  );
  return (
    <article>
      <h1>
        <span className="kind">EMR Serverless Spark job run</span> {data.name ?? data.jobRunId}
      </h1>
      <JobFacts job={data} />
      <Facts
        items={[
          ['Run id', data.jobRunId],
          ['Code', data.codeType],
          ['Release', data.releaseVersion],
          [
            'Workspace',
            <Link key="workspace" to={nodePath(data.workspace.id)}>
              {data.workspace.workspaceName ?? data.workspace.workspaceId}
            </Link>,
          ],
        ]}
      />
    </article>
  );
}
