import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { GraphQLDateTime, GraphQLNonNegativeInt } from '../scalars';
import { PaiRestartErrorInfo } from './pai-restart-error-info.type';

/** `RestartRecord`. */
@ObjectType('PaiRestartRecord', {
  description: 'One automatic (fault-tolerant) restart of the job (GetJob `RestartRecord` entry).',
})
export class PaiRestartRecord {
  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Which restart this was, from 1 (`JobRestartCount`).',
  })
  jobRestartCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phase the job was in when it happened (`OccurPhase`).',
  })
  occurPhase!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it happened (`OccurTime`).' })
  occurTime!: EpochMillis | null;

  @Field(() => String, { nullable: true, description: 'Why the job restarted (`Reason`).' })
  reason!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Seconds the restart took (`RestartDurationInSec`).',
  })
  restartDurationInSec!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the restart failed, if it did (`RestartFailReason`).',
  })
  restartFailReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What was restarted (`RestartLevelType`), e.g. job or pod level.',
  })
  restartLevelType!: string | null;

  @Field(() => String, { nullable: true, description: 'Outcome of the restart (`RestartStatus`).' })
  restartStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'ID of what triggered it (`TriggerID`).' })
  triggerId!: string | null;

  @Field(() => [PaiRestartErrorInfo], { description: 'The faults behind it (`DetailErrorInfoList`).' })
  detailErrorInfoList!: PaiRestartErrorInfo[];
}
