import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { SaeJobExecution } from './sae-job-execution.type';

/** A Relay page of one template's executions. */
@ObjectType('SaeJobExecutionConnection', {
  description:
    "A page of one SAE job template's executions, newest first (Relay connection; DescribeJobHistory pages by number, so both directions work).",
})
export class SaeJobExecutionConnection extends ConnectionType(SaeJobExecution, 'SaeJobExecution') {}
