import { Field, ObjectType } from 'type-graphql';

/** `SeccompProfile`. */
@ObjectType('PaiSeccompProfile', { description: "The main container's seccomp profile (`SeccompProfile`)." })
export class PaiSeccompProfile {
  @Field(() => String, {
    nullable: true,
    description: 'Profile kind (`Type`): `RuntimeDefault`, `Unconfined` or `Localhost`.',
  })
  type!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Path of a node-local profile when type is `Localhost` (`LocalhostProfile`).',
  })
  localhostProfile!: string | null;
}
