import { graphql, useFragment } from 'react-relay';
import type { PaiJobView_job$key } from '../__generated__/PaiJobView_job.graphql';
import { Facts } from './facts';
import { JobFacts } from './job-facts';
import { PodTimeline } from './pod-timeline';

/** A PAI-DLC training job, its pods and each pod's earlier attempts as a timeline. */
export function PaiJobView({ job }: { job: PaiJobView_job$key }) {
  const data = useFragment(
    graphql`
      fragment PaiJobView_job on PaiJob {
        jobId
        displayName
        jobType
        instance
        region
        workspaceName
        resourceType
        reasonCode
        reasonMessage
        ...JobFacts_job
        pods {
          ...PodTimeline_pods
        }
      }
    `,
    job,
  );
  return (
    <article>
      <h1>
        <span className="kind">PAI-DLC job</span> {data.displayName ?? data.jobId}
      </h1>
      <JobFacts job={data} />
      <Facts
        items={[
          ['Job id', data.jobId],
          ['Type', data.jobType],
          ['Instance', `${data.instance} (${data.region})`],
          ['PAI workspace', data.workspaceName],
          ['Resources', data.resourceType],
          ['Reason', data.reasonCode ? `${data.reasonCode}: ${data.reasonMessage ?? ''}` : null],
        ]}
      />
      <h2>Pods</h2>
      <PodTimeline pods={data.pods} />
    </article>
  );
}
