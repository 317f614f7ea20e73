import { Field, ObjectType } from 'type-graphql';

/** `HyperNodeSpec`. */
@ObjectType('PaiHyperNodeSpec', {
  description: 'A Lingjun hyper node and the nodes in it (`HyperNodeSpec`).',
})
export class PaiHyperNodeSpec {
  @Field(() => String, { nullable: true, description: 'Hyper node name (`HyperNodeName`).' })
  hyperNodeName!: string | null;

  @Field(() => [String], {
    description: 'Nodes of the hyper node (`NodeNames`, a comma-separated string on the wire, split).',
  })
  nodeNames!: string[];
}
