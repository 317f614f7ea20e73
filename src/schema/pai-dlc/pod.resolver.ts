import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../gateway-context';
import { GraphQLNonNegativeInt } from '../scalars';
import { detailPod, jobDetail } from './pai-job.details';
import { PaiJob } from './pai-job.type';
import { podNode, type PaiJobNode, type PodNode } from './pai-nodes';
import { Pod } from './pod.type';

const GET_JOB_ONLY =
  "GetJob only: selecting it costs the job's one GetJob (shared by every such field of the job).";

/** The Pod fields that need more than the ListJobs pod: its job, its region, GetJob-only details. */
@Resolver(() => Pod)
export class PodResolver {
  @FieldResolver(() => PaiJob, {
    description: 'The job the pod belongs to (already loaded with the pod: no call).',
  })
  job(@Root() pod: PodNode): PaiJobNode {
    return pod.job;
  }

  @FieldResolver(() => String, { description: 'Id of the configured PAI-DLC instance it was read from.' })
  instance(@Root() pod: PodNode): string {
    return pod.job.instanceId;
  }

  @FieldResolver(() => String, { description: 'JobId of the job the pod belongs to.' })
  jobId(@Root() pod: PodNode): string {
    return pod.job.jobId;
  }

  @FieldResolver(() => [Pod], {
    description:
      'Earlier incarnations of this pod after restarts (`HistoryPods`), oldest last as PAI sends them; empty for an earlier incarnation itself.',
  })
  history(@Root() pod: PodNode): PodNode[] {
    return pod.history.map((old) => podNode(old, pod.job));
  }

  @FieldResolver(() => String, { description: 'Region of the configured PAI-DLC instance it was read from.' })
  region(@Root() pod: PodNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('PAI_DLC', pod.job.instanceId);
  }

  @FieldResolver(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: `Seconds the pod has run (\`Duration\`). ${GET_JOB_ONLY}`,
  })
  async duration(@Root() pod: PodNode, @Ctx() context: GatewayContext): Promise<number | null> {
    if (pod.duration !== null) return pod.duration;
    return detailPod(await jobDetail(context, pod.job), pod)?.duration ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `How the pod's resources are paid for (\`ResourceType\`), e.g. Normal or Spot. ${GET_JOB_ONLY}`,
  })
  async resourceType(@Root() pod: PodNode, @Ctx() context: GatewayContext): Promise<string | null> {
    if (pod.resourceType !== null) return pod.resourceType;
    return detailPod(await jobDetail(context, pod.job), pod)?.resourceType ?? null;
  }
}
