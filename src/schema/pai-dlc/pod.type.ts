import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { Node } from '../node/node.interface';
import { GraphQLDateTime } from '../scalars';
import { PaiPodNetworkInterface } from './pai-pod-network-interface.type';

/**
 * A pod of a PAI-DLC job (PodNode). What it takes from its job (`job`, `instance`, `jobId`,
 * `region`), its `history` (linked to the same job) and the GetJob-only `duration` and
 * `resourceType` are in PodResolver.
 */
@ObjectType('Pod', {
  implements: Node,
  description:
    'A pod (one replica) of a PAI-DLC job (`Pods` entry), or an earlier incarnation of one after a restart (`HistoryPods` entry).',
})
export class Pod extends Node {
  @Field(() => String, {
    description:
      'Pod ID (`PodId`), e.g. `dlc-...-worker-0`, as GetPodLogs takes it. Earlier incarnations share it; `podUid` tells them apart.',
  })
  podId!: string;

  @Field(() => String, { nullable: true, description: 'Kubernetes UID of this incarnation (`PodUid`).' })
  podUid!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The role the pod plays (`Type`): Worker, PS, Chief, Master, ...',
  })
  type!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The pod's own status (`Status`), e.g. Running, Succeeded, Failed.",
  })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Finer status within it (`SubStatus`).' })
  subStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'IP address of the pod (`Ip`).' })
  ip!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IP address of the pod as ListJobs also reports it (`PodIp`).',
  })
  podIp!: string | null;

  @Field(() => [PaiPodNetworkInterface], { description: 'Network interfaces of the pod (`PodIps`).' })
  podIps!: PaiPodNetworkInterface[];

  @Field(() => String, { nullable: true, description: 'Node the pod runs (or ran) on (`NodeName`).' })
  nodeName!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the pod was created (`GmtCreateTime`).',
  })
  gmtCreateTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it started (`GmtStartTime`).' })
  gmtStartTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it finished (`GmtFinishTime`).' })
  gmtFinishTime!: EpochMillis | null;

  @Field(() => String, {
    nullable: true,
    description: 'Profiling types the pod supports (`supportedProfilingTypes`), e.g. while it runs.',
  })
  supportedProfilingTypes!: string | null;
}
