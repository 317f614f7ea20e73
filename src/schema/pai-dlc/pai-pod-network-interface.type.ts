import { Field, ObjectType } from 'type-graphql';

/** `PodNetworkInterface`. */
@ObjectType('PaiPodNetworkInterface', { description: 'One network interface of a pod (`PodIps` entry).' })
export class PaiPodNetworkInterface {
  @Field(() => String, { nullable: true, description: 'Interface name (`InterfaceName`), e.g. `eth0`.' })
  interfaceName!: string | null;

  @Field(() => String, { nullable: true, description: 'Its IP address (`Ip`).' })
  ip!: string | null;
}
