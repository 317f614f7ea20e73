import { Field, ObjectType } from 'type-graphql';
import { PaiHyperNodeSpec } from './pai-hyper-node-spec.type';

/** `AssignNodeSpec`. */
@ObjectType('PaiAssignNodeSpec', {
  description:
    'Node pinning of a role (`AssignNodeSpec`): which nodes (or hyper nodes) its pods must, or must not, run on.',
})
export class PaiAssignNodeSpec {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether pods are pinned to nodes (`EnableAssignNode`).',
  })
  enableAssignNode!: boolean | null;

  @Field(() => [String], {
    description: 'Nodes the pods must run on (`NodeNames`, comma-separated on the wire, split).',
  })
  nodeNames!: string[];

  @Field(() => [String], {
    description: 'Nodes the pods must avoid (`AntiAffinityNodeNames`, comma-separated on the wire, split).',
  })
  antiAffinityNodeNames!: string[];

  @Field(() => [PaiHyperNodeSpec], { description: 'Hyper nodes the pods must run on (`HyperNodes`).' })
  hyperNodes!: PaiHyperNodeSpec[];

  @Field(() => [PaiHyperNodeSpec], {
    description: 'Hyper nodes the pods must avoid (`AntiAffinityHyperNodes`).',
  })
  antiAffinityHyperNodes!: PaiHyperNodeSpec[];
}
