import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLNonNegativeInt } from '../../scalars';
import { PaiDataJuicerConfig } from './pai-data-juicer-config.type';
import { PaiModelConfig } from './pai-model-config.type';

/** `JobSettings`. */
@ObjectType('PaiJobSettings', {
  description:
    'Job-level switches of a PAI-DLC job (`Settings`): tags, health checks, RDMA, reservation, ...',
})
export class PaiJobSettings {
  @Field(() => String, {
    nullable: true,
    description: 'ID of the user the job is associated with (`BusinessUserId`).',
  })
  businessUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who submitted it (`Caller`), e.g. `SilkFlow` or `dlc-console`.',
  })
  caller!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Tags of the job (`Tags`): a free-form key → value map.' })
  tags!: Record<string, string>;

  @Field(() => String, { nullable: true, description: 'Pipeline the job belongs to (`PipelineId`).' })
  pipelineId!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the job may use tidal (idle) resources (`EnableTideResource`).',
  })
  enableTideResource!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the AIMaster watches for errors such as hangs (`EnableErrorMonitoringInAIMaster`).',
  })
  enableErrorMonitoringInAiMaster!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Arguments of that error monitoring (`ErrorMonitoringArgs`), e.g. `--enable-log-hang-detection true`.',
  })
  errorMonitoringArgs!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether RDMA networking is on (`EnableRDMA`).' })
  enableRdma!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether every RDMA device of a node is given to the job (`AllocateAllRDMADevices`).',
  })
  allocateAllRdmaDevices!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether OSS files can be appended to (`EnableOssAppend`).',
  })
  enableOssAppend!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whether the job may use idle (oversold) quota (`OversoldType`), e.g. `AcceptQuotaOverSold`.',
  })
  oversoldType!: string | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Advanced settings (`AdvancedSettings`): a free-form map whose values may be of any JSON type.',
  })
  advancedSettings!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'GPU driver version (`Driver`), e.g. `535.54.03`.' })
  driver!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether nodes are health-checked before (or while) the job runs (`EnableSanityCheck`).',
  })
  enableSanityCheck!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Arguments of the sanity check (`SanityCheckArgs`).' })
  sanityCheckArgs!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Minutes the pods are kept after the job ends, for inspection (`JobReservedMinutes`).',
  })
  jobReservedMinutes!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When pods are kept after the job ends (`JobReservedPolicy`): `Always`, `OnFailure`, `OnSuccess` or `Never`.',
  })
  jobReservedPolicy!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether processes are pinned to CPU cores (`EnableCPUAffinity`).',
  })
  enableCpuAffinity!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether submission skips the ECS stock check (`DisableEcsStockCheck`).',
  })
  disableEcsStockCheck!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether pods may land on nodes marked unschedulable (`AllowUnschedulableNodes`).',
  })
  allowUnschedulableNodes!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether DSW development access is on (`EnableDSWDev`).',
  })
  enableDswDev!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Most restarts of an elastic spot job after preemption (`ElasticSpotJobMaxRestartTimes`).',
  })
  elasticSpotJobMaxRestartTimes!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Seconds a stopping pod gets to exit cleanly (`TerminationGracePeriodSeconds`).',
  })
  terminationGracePeriodSeconds!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shell that runs the command (`Shell`), e.g. `/bin/bash`.',
  })
  shell!: string | null;

  @Field(() => PaiDataJuicerConfig, {
    nullable: true,
    description: 'Data-Juicer settings (`DataJuicerConfig`).',
  })
  dataJuicerConfig!: PaiDataJuicerConfig | null;

  @Field(() => PaiModelConfig, { nullable: true, description: 'Model settings (`ModelConfig`).' })
  modelConfig!: PaiModelConfig | null;
}
