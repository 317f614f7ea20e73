import { Field, ObjectType } from 'type-graphql';

/** `RestartErrorInfo`. */
@ObjectType('PaiRestartErrorInfo', {
  description: 'A fault that took part in an automatic restart (`DetailErrorInfoList` entry).',
})
export class PaiRestartErrorInfo {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the node was blacklisted for this job only (`AddJobLevelBlacklist`).',
  })
  addJobLevelBlacklist!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the node was blacklisted (`AddNodeToBlacklist`).',
  })
  addNodeToBlacklist!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The error in detail (`DetailErrorMsg`).' })
  detailErrorMsg!: string | null;

  @Field(() => String, { nullable: true, description: 'Error code (`ErrorCode`).' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Error message (`ErrorMsg`).' })
  errorMsg!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the error came from (`ErrorSource`).' })
  errorSource!: string | null;

  @Field(() => String, { nullable: true, description: 'Node the fault happened on (`Node`).' })
  node!: string | null;

  @Field(() => String, { nullable: true, description: 'Pod the fault happened in (`Pod`).' })
  pod!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether this fault triggered the restart (`TriggerRestart`).',
  })
  triggerRestart!: boolean | null;
}
