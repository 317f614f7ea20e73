import { Field, Int, ObjectType } from 'type-graphql';
import { Job } from '../job/job.interface';
import { Node } from '../node/node.interface';
import { GraphQLJSONObject } from '../scalars';
import { PaiCodeSource } from './pai-code-source.type';
import { PaiJobRunFields } from './pai-job-run-fields.type';
import { PaiStatusTransition } from './pai-status-transition.type';
import { PaiUserVpc } from './pai-user-vpc.type';
import { PaiCredentialConfig } from './settings/pai-credential-config.type';
import { PaiJobElasticSpec } from './settings/pai-job-elastic-spec.type';
import { PaiJobReplicaStatus } from './settings/pai-job-replica-status.type';
import { PaiJobSettings } from './settings/pai-job-settings.type';
import { PaiJobSpec } from './spec/pai-job-spec.type';

/**
 * A PAI-DLC job as ListJobs reports it (PaiJobNode). Its pods and data sources (linked back to the
 * job), `creator`, `region` and the GetJob-only fields (description, customEnvs, restartRecord,
 * roleSystemEnvs) are in PaiJobResolver.
 */
@ObjectType('PaiJob', {
  implements: [Node, Job],
  description:
    'A PAI-DLC (Deep Learning Containers) training job (ListJobs `JobItem`, plus the GetJob-only fields on demand).',
})
export class PaiJob extends PaiJobRunFields {
  @Field(() => [PaiStatusTransition], { description: 'The status timeline (`StatusHistory`), oldest first.' })
  statusHistory!: PaiStatusTransition[];

  @Field(() => [PaiJobSpec], {
    description: 'The roles of the job with their images and resources (`JobSpecs`).',
  })
  jobSpecs!: PaiJobSpec[];

  @Field(() => [PaiJobReplicaStatus], { description: 'Replica counters per role (`JobReplicaStatuses`).' })
  jobReplicaStatuses!: PaiJobReplicaStatus[];

  @Field(() => PaiJobSettings, { nullable: true, description: 'Job-level switches (`Settings`).' })
  settings!: PaiJobSettings | null;

  @Field(() => PaiJobElasticSpec, { nullable: true, description: 'Elastic training (`ElasticSpec`).' })
  elasticSpec!: PaiJobElasticSpec | null;

  @Field(() => PaiCodeSource, {
    nullable: true,
    description: 'Git code mounted into the job (`CodeSource`).',
  })
  codeSource!: PaiCodeSource | null;

  @Field(() => PaiUserVpc, {
    nullable: true,
    description: "The user's VPC the pods are attached to (`UserVpc`).",
  })
  userVpc!: PaiUserVpc | null;

  @Field(() => PaiCredentialConfig, {
    nullable: true,
    description: 'Credential injection (`CredentialConfig`), without any key or token.',
  })
  credentialConfig!: PaiCredentialConfig | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Environment variables the user set (`Envs`): a free-form name → value map.',
  })
  envs!: Record<string, string>;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Environment variables PAI sets in every container (`SystemEnvs`): a free-form name → value map.',
  })
  systemEnvs!: Record<string, string> | null;

  @Field(() => [String], {
    description: 'pip packages installed before the command runs (`ThirdpartyLibs`).',
  })
  thirdpartyLibs!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Folder whose requirements.txt is installed before the command runs (`ThirdpartyLibDir`).',
  })
  thirdpartyLibDir!: string | null;

  @Field(() => String, { nullable: true, description: 'Command every node runs (`UserCommand`).' })
  userCommand!: string | null;

  @Field(() => String, { nullable: true, description: 'Script the user submitted (`UserScript`).' })
  userScript!: string | null;

  @Field(() => String, { nullable: true, description: 'Working directory of the command (`WorkingDir`).' })
  workingDir!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the debugger is on (`EnabledDebugger`).' })
  enabledDebugger!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'How pods are scheduled (`SchedulingStrategy`), e.g. `Auto`.',
  })
  schedulingStrategy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Profiling types the job supports (`supportedProfilingTypes`, lower-case on the wire).',
  })
  supportedProfilingTypes!: string | null;

  @Field(() => Int, { nullable: true, description: 'vCPUs the job requests in all (`RequestCPU`).' })
  requestCpu!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Memory the job requests in all (`RequestMemory`), e.g. "1Gi".',
  })
  requestMemory!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GPUs the job requests in all (`RequestGPU`), as sent (a string).',
  })
  requestGpu!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Nodes the job runs on (`NodeCount`, a string on the wire).',
  })
  nodeCount!: number | null;

  @Field(() => [String], { nullable: true, description: 'Names of the nodes it runs on (`NodeNames`).' })
  nodeNames!: string[] | null;
}
