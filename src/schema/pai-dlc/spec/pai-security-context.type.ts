import { Field, Int, ObjectType } from 'type-graphql';
import { PaiSeccompProfile } from './pai-seccomp-profile.type';

/** `MainContainerSecurityContext`. */
@ObjectType('PaiSecurityContext', {
  description: "The main container's security context (`MainContainerSecurityContext`).",
})
export class PaiSecurityContext {
  @Field(() => Int, { nullable: true, description: 'UID the container runs as (`RunAsUser`).' })
  runAsUser!: number | null;

  @Field(() => Int, { nullable: true, description: 'GID the container runs as (`RunAsGroup`).' })
  runAsGroup!: number | null;

  @Field(() => PaiSeccompProfile, { nullable: true, description: 'Seccomp profile (`SeccompProfile`).' })
  seccompProfile!: PaiSeccompProfile | null;
}
