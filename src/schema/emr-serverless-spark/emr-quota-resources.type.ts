import { Field, ObjectType } from 'type-graphql';

/** One resource amount of a subscription quota, parsed from EMR's JSON string. */
@ObjectType({
  description:
    'A resource amount of a subscription quota. EMR sends it as a JSON string such as `{"cpu":"1","memory":"4Gi","cu":"1"}`; the quantities stay Kubernetes-style strings because units vary ("4Gi", "500m").',
})
export class EmrQuotaResources {
  @Field(() => Boolean, {
    description: 'Whether `raw` parsed as a JSON object; when false, cpu, memory and cu are null.',
  })
  parsed!: boolean;

  @Field(() => String, { nullable: true, description: 'vCPU cores (`cpu`), e.g. "1".' })
  cpu!: string | null;

  @Field(() => String, { nullable: true, description: 'Memory (`memory`), e.g. "4Gi".' })
  memory!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Compute units (`cu`; 1 CU = 1 vCPU + 4 GiB), e.g. "1".',
  })
  cu!: string | null;

  @Field(() => String, { description: 'The string exactly as EMR sent it.' })
  raw!: string;
}
