import { Field, ObjectType } from 'type-graphql';

/** `LocalMountSpec`. */
@ObjectType('PaiLocalMountSpec', {
  description: 'A node-local path mounted into the pods (`LocalMountSpecs` entry).',
})
export class PaiLocalMountSpec {
  @Field(() => String, { nullable: true, description: 'Path on the node (`LocalPath`).' })
  localPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Path in the container (`MountPath`).' })
  mountPath!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mount mode (`MountMode`), e.g. read-only or read-write.',
  })
  mountMode!: string | null;
}
