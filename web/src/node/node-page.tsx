import { graphql, useLazyLoadQuery } from 'react-relay';
import { caughtErrorCode, explainErrorCode } from '../common/caught-error-code';
import type { NodePageQuery } from '../__generated__/NodePageQuery.graphql';
import { GravitinoJobView } from './gravitino-job-view';
import { JobRunView } from './job-run-view';
import { PaiJobView } from './pai-job-view';
import { SaeExecutionView } from './sae-execution-view';
import { SaeTemplateView } from './sae-template-view';
import { WorkspaceView } from './workspace-view';

/**
 * `/node/<global id>`: any object the API can refetch, loaded with `node(id:)`, so every drill-down
 * link can be shared and reloaded. A NOT_FOUND (or any error on `node`) is shown in place.
 */
export function NodePage({ id }: { id: string }) {
  const data = useLazyLoadQuery<NodePageQuery>(
    graphql`
      query NodePageQuery($id: ID!) {
        node(id: $id) @catch(to: RESULT) {
          __typename
          id
          ...WorkspaceView_workspace @alias(as: "workspace")
          ...PaiJobView_job @alias(as: "paiJob")
          ...SaeTemplateView_template @alias(as: "saeTemplate")
          ...GravitinoJobView_job @alias(as: "gravitinoJob")
          ...JobRunView_run @alias(as: "jobRun")
          ...SaeExecutionView_execution @alias(as: "saeExecution")
        }
      }
    `,
    { id },
  );
  if (!data.node.ok) {
    return (
      <section className="error" role="alert">
        <h1>Could not show this object</h1>
        {data.node.errors.map(caughtErrorCode).map((code, index) => (
          <p key={index} data-error-code={code}>
            <code>{code}</code> {explainErrorCode(code)}
          </p>
        ))}
      </section>
    );
  }
  const node = data.node.value;
  if (!node) return <p className="error">Nothing has this id.</p>;
  if (node.workspace) return <WorkspaceView workspace={node.workspace} />;
  if (node.paiJob) return <PaiJobView job={node.paiJob} />;
  if (node.saeTemplate) return <SaeTemplateView template={node.saeTemplate} />;
  if (node.gravitinoJob) return <GravitinoJobView job={node.gravitinoJob} />;
  if (node.jobRun) return <JobRunView run={node.jobRun} />;
  if (node.saeExecution) return <SaeExecutionView execution={node.saeExecution} />;
  return (
    <p className="muted">
      A {node.__typename} ({node.id}): this app has no page for it yet; GraphiQL at /graphql can show it.
    </p>
  );
}
