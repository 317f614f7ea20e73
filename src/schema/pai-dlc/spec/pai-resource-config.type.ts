import { Field, ObjectType } from 'type-graphql';

/** `ResourceConfig`: what one replica requests, as Kubernetes-style quantity strings. */
@ObjectType('PaiResourceConfig', {
  description:
    'Resources one replica requests (`ResourceConfig`), as PAI writes them: Kubernetes-style quantity strings such as "10" or "10Gi".',
})
export class PaiResourceConfig {
  @Field(() => String, { nullable: true, description: 'vCPUs per replica (`CPU`), e.g. "10".' })
  cpu!: string | null;

  @Field(() => String, { nullable: true, description: 'GPUs per replica (`GPU`), e.g. "3".' })
  gpu!: string | null;

  @Field(() => String, { nullable: true, description: 'GPU model (`GPUType`), e.g. "Tesla-V100-16G".' })
  gpuType!: string | null;

  @Field(() => String, { nullable: true, description: 'Memory per replica (`Memory`), e.g. "10Gi".' })
  memory!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shared memory (/dev/shm) per replica (`SharedMemory`), e.g. "5Gi".',
  })
  sharedMemory!: string | null;
}
