import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { JobStatus } from '../common/job-status.enum';
import { Node } from '../node/node.interface';
import { GraphQLDateTime, GraphQLNonNegativeInt } from '../scalars';
import { SaeTag } from './sae-tag.type';
import { SaeTrigger } from './sae-trigger.union';

/**
 * An SAE job template (an application with Workload=job), with every field ListJobs documents.
 * The counters and times describe the template's latest execution. `executions`, `lastJobState`
 * and `region` are resolved in SaeJobTemplateResolver.
 */
@ObjectType({
  implements: Node,
  description:
    'An SAE (Serverless App Engine) job template: an application with Workload=job that SAE runs on a schedule or on request. Its runs are `executions`.',
})
export class SaeJobTemplate extends Node {
  @Field(() => String, { description: "Job template ID (`AppId`), SAE's own id for it." })
  appId!: string;

  @Field(() => String, { nullable: true, description: 'Job template name (`AppName`).' })
  appName!: string | null;

  @Field(() => String, { nullable: true, description: 'Job template description (`AppDescription`).' })
  appDescription!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Namespace ID (`NamespaceId`), e.g. `cn-beijing:demo`.',
  })
  namespaceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Region ID of the template as SAE reports it (`RegionId`), e.g. `cn-beijing`.',
  })
  regionId!: string | null;

  @Field(() => String, {
    name: 'instance',
    description: 'Id of the configured SAE instance (account + region) it was read from.',
  })
  instanceId!: string;

  @Field(() => [SaeTag], { description: 'Job template tags (`Tags`).' })
  tags!: SaeTag[];

  @Field(() => SaeTrigger, {
    nullable: true,
    description:
      'The trigger parsed from TriggerConfig; null when TriggerConfig is absent or of a shape jobgraph does not know (see triggerConfig).',
  })
  trigger!: typeof SaeTrigger | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The trigger configuration exactly as SAE sent it (`TriggerConfig`, a JSON string): `{"type":"time",...}` for scheduled jobs, `{"type":"http",...}` for one-time jobs.',
  })
  triggerConfig!: string | null;

  @Field(() => Boolean, {
    name: 'suspended',
    nullable: true,
    description: 'Whether the job template is paused (`Suspend`).',
  })
  suspend!: boolean | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of running instances (`Active`) of the latest execution.',
  })
  active!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of successfully run instances (`Succeeded`) of the latest execution.',
  })
  succeeded!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of failed instances (`Failed`) of the latest execution.',
  })
  failed!: number | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the latest execution started (`LastStartTime`).',
  })
  lastStartTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the latest execution completed (`CompletionTime`).',
  })
  completionTime!: EpochMillis | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whether the last release (change) order succeeded, as SAE spells it (`LastChangeorderState`): "0" failed, "1" succeeded.',
  })
  lastChangeorderState!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'lastChangeorderState read as a boolean; null when absent or not "0"/"1".',
  })
  lastChangeorderSucceeded!: boolean | null;

  @Field(() => JobStatus, {
    nullable: true,
    description:
      'The status of the latest execution, lastJobState normalized: null when the template has never run ("0", "not executed": there is no latest execution), UNKNOWN when absent or not known.',
  })
  lastJobStatus!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'CPU per instance in millicores (`Cpu`): 500, 1000, 2000, 4000, 8000, 16000 or 32000.',
  })
  cpu!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Memory per instance in MB (`Mem`), paired with cpu, e.g. 1024 for 500 or 1000 millicores.',
  })
  mem!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Additional information SAE gives about the template (`Message`).',
  })
  message!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Container image the template runs (`ImageUrl`), a registry reference such as `registry.cn-hangzhou.aliyuncs.com/ns/repo:tag`; null when SAE sends none (e.g. code-package templates).',
  })
  imageUrl!: string | null;
}
