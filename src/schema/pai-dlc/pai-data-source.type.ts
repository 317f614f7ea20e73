import { Field, ObjectType } from 'type-graphql';

/** `DataSource`; `uri` is a field resolver (GetJob only). */
@ObjectType('PaiDataSource', { description: 'A dataset mounted into the job (`DataSources` entry).' })
export class PaiDataSource {
  @Field(() => String, { nullable: true, description: 'PAI dataset ID (`DataSourceId`).' })
  dataSourceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the dataset is mounted in the containers (`MountPath`).',
  })
  mountPath!: string | null;
}
