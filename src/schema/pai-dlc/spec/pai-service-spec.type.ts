import { Field, Int, ObjectType } from 'type-graphql';

/** `ServiceSpec`. */
@ObjectType('PaiServiceSpec', { description: 'The ports a role exposes to the other roles (`ServiceSpec`).' })
export class PaiServiceSpec {
  @Field(() => String, { nullable: true, description: 'How the role is exposed (`ServiceMode`).' })
  serviceMode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Main port (`DefaultPort`).' })
  defaultPort!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of extra ports (`ExtraPorts`).' })
  extraPorts!: number | null;
}
