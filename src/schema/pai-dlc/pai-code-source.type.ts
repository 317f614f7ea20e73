import { Field, ObjectType } from 'type-graphql';

/** `CodeSource`. */
@ObjectType('PaiCodeSource', { description: 'The Git code source mounted into the job (`CodeSource`).' })
export class PaiCodeSource {
  @Field(() => String, { nullable: true, description: 'PAI code source ID (`CodeSourceId`).' })
  codeSourceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Git branch (`Branch`).' })
  branch!: string | null;

  @Field(() => String, { nullable: true, description: 'Git commit (`Commit`).' })
  commit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the code is mounted in the containers (`MountPath`).',
  })
  mountPath!: string | null;
}
