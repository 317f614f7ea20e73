import { Field, ObjectType } from 'type-graphql';
import { GraphQLNonNegativeInt } from '../../scalars';
import { PaiAssignNodeSpec } from './pai-assign-node-spec.type';
import { PaiAutoScalingSpec } from './pai-auto-scaling-spec.type';
import { PaiElasticSpotSpec } from './pai-elastic-spot-spec.type';
import { PaiExtraPodSpec } from './pai-extra-pod-spec.type';
import { PaiHyperNodeSchedulingConfig } from './pai-hyper-node-scheduling-config.type';
import { PaiImageConfig } from './pai-image-config.type';
import { PaiLocalMountSpec } from './pai-local-mount-spec.type';
import { PaiResourceConfig } from './pai-resource-config.type';
import { PaiServiceSpec } from './pai-service-spec.type';
import { PaiSpotSpec } from './pai-spot-spec.type';
import { PaiStartupDependency } from './pai-startup-dependency.type';
import { PaiSystemDisk } from './pai-system-disk.type';

/** `JobSpec`: one role of a job. */
@ObjectType('PaiJobSpec', {
  description:
    'One role of a PAI-DLC job (`JobSpecs` entry): Worker, PS, Chief, Master, ... with its image, replica count and resources.',
})
export class PaiJobSpec {
  @Field(() => String, {
    nullable: true,
    description: 'The role (`Type`): Worker, PS, Chief, Master, Evaluator, ...',
  })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Image the role runs (`Image`).' })
  image!: string | null;

  @Field(() => PaiImageConfig, {
    nullable: true,
    description: 'Private registry of the image (`ImageConfig`), without its credentials.',
  })
  imageConfig!: PaiImageConfig | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Replicas (pods) of the role (`PodCount`).',
  })
  podCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'ECS instance type of each replica on public resources (`EcsSpec`), e.g. `ecs.c6.large`.',
  })
  ecsSpec!: string | null;

  @Field(() => PaiResourceConfig, {
    nullable: true,
    description: 'Resources of each replica on a dedicated resource group (`ResourceConfig`).',
  })
  resourceConfig!: PaiResourceConfig | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the role runs on spot instances (`UseSpotInstance`).',
  })
  useSpotInstance!: boolean | null;

  @Field(() => PaiSpotSpec, { nullable: true, description: 'Spot bidding (`SpotSpec`).' })
  spotSpec!: PaiSpotSpec | null;

  @Field(() => [PaiElasticSpotSpec], {
    description: 'Spot instance types the role may use (`ElasticSpotSpecs`).',
  })
  elasticSpotSpecs!: PaiElasticSpotSpec[];

  @Field(() => PaiAssignNodeSpec, { nullable: true, description: 'Node pinning (`AssignNodeSpec`).' })
  assignNodeSpec!: PaiAssignNodeSpec | null;

  @Field(() => PaiAutoScalingSpec, {
    nullable: true,
    description: 'Replica autoscaling (`AutoScalingSpec`).',
  })
  autoScalingSpec!: PaiAutoScalingSpec | null;

  @Field(() => PaiExtraPodSpec, { nullable: true, description: 'Extra pod settings (`ExtraPodSpec`).' })
  extraPodSpec!: PaiExtraPodSpec | null;

  @Field(() => PaiHyperNodeSchedulingConfig, {
    nullable: true,
    description: 'Hyper node gang scheduling (`HyperNodeSchedulingConfig`).',
  })
  hyperNodeSchedulingConfig!: PaiHyperNodeSchedulingConfig | null;

  @Field(() => [PaiLocalMountSpec], {
    description: 'Node-local paths mounted into the pods (`LocalMountSpecs`).',
  })
  localMountSpecs!: PaiLocalMountSpec[];

  @Field(() => PaiServiceSpec, { nullable: true, description: 'Ports the role exposes (`ServiceSpec`).' })
  serviceSpec!: PaiServiceSpec | null;

  @Field(() => [PaiStartupDependency], {
    description: 'Roles that must reach a phase before this one starts (`StartupDependencies`).',
  })
  startupDependencies!: PaiStartupDependency[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether this role is the chief (`IsChief`; the misspelt `IsCheif` is read when only it is sent).',
  })
  isChief!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'When failed replicas restart (`RestartPolicy`), e.g. `OnFailure` or `Never`.',
  })
  restartPolicy!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether this role's outcome decides whether the job succeeded (`ConsiderInSuccessPolicy`).",
  })
  considerInSuccessPolicy!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whether the role may use idle (oversold) quota (`OversoldType`): `ForbiddenQuotaOverSold`, `ForceQuotaOverSold` or `AcceptQuotaOverSold`.',
  })
  oversoldType!: string | null;

  @Field(() => String, { nullable: true, description: 'Resource quota the role runs on (`QuotaId`).' })
  quotaId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GPU driver version of the role (`Driver`), e.g. `535.54.03`.',
  })
  driver!: string | null;

  @Field(() => PaiSystemDisk, { nullable: true, description: 'System disk of each replica (`SystemDisk`).' })
  systemDisk!: PaiSystemDisk | null;
}
