import { Field, ID, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { GRAVITINO_STATUS_TABLE } from '../../domain/gravitino-job-status';
import { JobStatus, statusMappingText } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { Node } from '../node/node.interface';
import { GraphQLDateTime, GraphQLNonNegativeFloat } from '../scalars';
import { Job } from '../job/job.interface';
import { GravitinoAudit } from './gravitino-audit.type';

/**
 * A Gravitino job run (`GET /metalakes/{m}/jobs/runs[/{jobId}]`) as GraphQL sees it, plus the job
 * fields every provider shares. `creator` (from the audit) and `template` are field resolvers.
 */
@ObjectType('GravitinoJob', {
  implements: [Node, Job],
  description:
    'One run of a Gravitino job template in a metalake (Gravitino `Job`). Gravitino keeps jobs per metalake and lists them whole.',
})
export class GravitinoJob {
  @Field(() => ID, { description: 'Opaque global id: enough to refetch this job with `node(id:)`.' })
  id!: string;

  @Field(() => String, { description: "Gravitino's own unique id of the job, `job-<number>`." })
  jobId!: string;

  @Field(() => Provider, { description: 'Always GRAVITINO.' })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A run has no name of its own: the name of the job template it ran (the jobId if the server sent none).',
  })
  name!: string | null;

  @Field(() => JobStatus, {
    description: `The status, normalized (in any letter case): ${statusMappingText(GRAVITINO_STATUS_TABLE)}; anything else → UNKNOWN.`,
  })
  status!: string;

  @Field(() => String, {
    description:
      'The status exactly as Gravitino sent it (`queued`, `started`, `succeeded`, `failed`, `cancelling`, `cancelled`; `canceled` as the v1.3.0 documentation spells it).',
  })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the job was queued (`queuedAt`, which Gravitino documents as the creation time); from `audit.createTime` on v1.3.0 servers, which do not send `queuedAt`.',
  })
  createdAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the job started executing (`startedAt`); null until it starts. Always null from a v1.3.0 server: its jobs carry no start time (added on main).',
  })
  startedAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the job finished executing, whatever the outcome (`finishedAt`); null until it finishes. Always null from a v1.3.0 server: its jobs carry no finish time (added on main).',
  })
  finishedAt!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      'Milliseconds from startedAt to finishedAt; null unless both are known, so always null from a v1.3.0 server.',
  })
  durationMs!: number | null;

  @Field(() => String, {
    description: 'The name of the job template the job was created from (`jobTemplateName`).',
  })
  jobTemplateName!: string;

  @Field(() => String, { description: 'The metalake the job belongs to.' })
  metalake!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      '`queuedAt` as sent: when the job was queued for execution. Always null from a v1.3.0 server, which does not send it (`createdAt` then reads the audit).',
  })
  queuedAt!: EpochMillis | null;

  @Field(() => GravitinoAudit, { description: 'Who created and last modified the job, and when (`audit`).' })
  audit!: GravitinoAudit;

  @Field(() => String, {
    name: 'instance',
    description: 'The id of the configured Gravitino instance (server) the job came from.',
  })
  instanceId!: string;
}
