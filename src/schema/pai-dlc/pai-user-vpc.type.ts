import { Field, ObjectType } from 'type-graphql';

/** `UserVpc`. */
@ObjectType('PaiUserVpc', { description: "The user's VPC the job's pods are attached to (`UserVpc`)." })
export class PaiUserVpc {
  @Field(() => String, { nullable: true, description: 'VPC ID (`VpcId`).' })
  vpcId!: string | null;

  @Field(() => String, { nullable: true, description: 'vSwitch ID (`SwitchId`).' })
  switchId!: string | null;

  @Field(() => String, { nullable: true, description: 'Security group ID (`SecurityGroupId`).' })
  securityGroupId!: string | null;

  @Field(() => [String], { description: 'Extra CIDR blocks routed through the VPC (`ExtendedCidrs`).' })
  extendedCidrs!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Network interface that carries the default route (`DefaultRoute`), e.g. `eth0`.',
  })
  defaultRoute!: string | null;
}
