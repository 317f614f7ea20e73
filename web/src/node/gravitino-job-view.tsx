import { graphql, useFragment } from 'react-relay';
import type { GravitinoJobView_job$key } from '../__generated__/GravitinoJobView_job.graphql';
import { Facts } from './facts';
import { JobFacts } from './job-facts';

/** A Gravitino job run and the template it ran (null, with an error, when the template is gone). */
export function GravitinoJobView({ job }: { job: GravitinoJobView_job$key }) {
  const data = useFragment(
    graphql`
      fragment GravitinoJobView_job on GravitinoJob {
        jobId
        jobTemplateName
        metalake
        instance
        ...JobFacts_job
        jobTemplate: template {
          name
          jobType
          comment
          executable
          arguments
        }
      }
    `,
    job,
  );
  const template = data.jobTemplate;
  return (
    <article>
      <h1>
        <span className="kind">Gravitino job</span> {data.jobId}
      </h1>
      <JobFacts job={data} />
      <Facts
        items={[
          ['Metalake', `${data.metalake} (${data.instance})`],
          ['Template', data.jobTemplateName],
        ]}
      />
      <h2>Template</h2>
      {template ? (
        <Facts
          items={[
            ['Name', template.name],
            ['Type', template.jobType],
            ['Comment', template.comment],
            ['Executable', <code key="executable">{template.executable}</code>],
            ['Arguments', <code key="arguments">{template.arguments.join(' ')}</code>],
          ]}
        />
      ) : (
        <p className="error" role="alert">
          The template {data.jobTemplateName} could not be read.
        </p>
      )}
    </article>
  );
}
