import { Field, Int, ObjectType } from 'type-graphql';

/** `SystemDisk`. */
@ObjectType('PaiSystemDisk', { description: "A role's system disk (`SystemDisk`)." })
export class PaiSystemDisk {
  @Field(() => String, { nullable: true, description: 'Disk category (`Category`), e.g. `cloud_essd`.' })
  category!: string | null;

  @Field(() => Int, { nullable: true, description: 'Size in GiB (`Size`).' })
  size!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'ESSD performance level (`PerformanceLevel`), e.g. `PL1`.',
  })
  performanceLevel!: string | null;
}
