import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { JobRun } from './job-run.type';

/** A Relay page of a workspace's job runs. */
@ObjectType('JobRunConnection', {
  description:
    "A page of an EMR Serverless Spark workspace's job runs. totalCount is ListJobRuns `totalCount` (runs matching the filter).",
})
export class JobRunConnection extends ConnectionType(JobRun, 'JobRun') {}
