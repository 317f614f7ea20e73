import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from '../../scalars';
import { PaiContainerSpec } from './pai-container-spec.type';
import { PaiLifecycle } from './pai-lifecycle.type';
import { PaiSecurityContext } from './pai-security-context.type';

/** `ExtraPodSpec`. */
@ObjectType('PaiExtraPodSpec', {
  description: "Extra settings of a role's pods (`ExtraPodSpec`): more containers, labels, hooks, security.",
})
export class PaiExtraPodSpec {
  @Field(() => [PaiContainerSpec], {
    description: 'Containers run to completion before the main one (`InitContainers`).',
  })
  initContainers!: PaiContainerSpec[];

  @Field(() => [PaiContainerSpec], {
    description: 'Containers run beside the main one (`SideCarContainers`).',
  })
  sideCarContainers!: PaiContainerSpec[];

  @Field(() => GraphQLJSONObject, {
    description: 'Kubernetes annotations added to each pod (`PodAnnotations`): a free-form name → value map.',
  })
  podAnnotations!: Record<string, string>;

  @Field(() => GraphQLJSONObject, {
    description: 'Kubernetes labels added to each pod (`PodLabels`): a free-form name → value map.',
  })
  podLabels!: Record<string, string>;

  @Field(() => [String], {
    description: 'Paths shared between the main container and the others (`SharedVolumeMountPaths`).',
  })
  sharedVolumeMountPaths!: string[];

  @Field(() => PaiLifecycle, { nullable: true, description: "The main container's hooks (`Lifecycle`)." })
  lifecycle!: PaiLifecycle | null;

  @Field(() => PaiSecurityContext, {
    nullable: true,
    description: "The main container's security context (`MainContainerSecurityContext`).",
  })
  mainContainerSecurityContext!: PaiSecurityContext | null;
}
