import { Field, ObjectType } from 'type-graphql';

/** `Lifecycle`. */
@ObjectType('PaiLifecycle', { description: "The main container's lifecycle hooks (`Lifecycle`)." })
export class PaiLifecycle {
  @Field(() => [String], {
    description: 'Command run before the container stops (`PreStop.Exec.Command`); empty when none.',
  })
  preStop!: string[];

  @Field(() => [String], {
    description: 'Command run right after the container starts (`PostStart.Exec.Command`); empty when none.',
  })
  postStart!: string[];
}
