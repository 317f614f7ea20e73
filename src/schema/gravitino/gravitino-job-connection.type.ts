import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { GravitinoJobStatusCount } from './gravitino-job-status-count.type';
import { GravitinoJob } from './gravitino-job.type';
import { GravitinoStatusCountsSource } from './gravitino-status-counts-source.enum';

/** A page of Gravitino jobs, with listJobs' counts per status. */
@ObjectType('GravitinoJobConnection', {
  description: 'A page of the jobs of one Gravitino metalake (Relay connection).',
})
export class GravitinoJobConnection extends ConnectionType(GravitinoJob, 'GravitinoJob') {
  @Field(() => [GravitinoJobStatusCount], {
    description:
      'Jobs per status over the whole list after the upstream filters (template, time bounds) and BEFORE `statuses`, every status present even at zero: facet counts for a status picker. `totalCount` counts after `statuses`. A v1.3.0 server sends no counts: jobgraph counts its filtered list (`statusCountsSource` COUNTED).',
  })
  statusCounts!: GravitinoJobStatusCount[];

  @Field(() => GravitinoStatusCountsSource, {
    description: 'Whether the server sent `statusCounts` or the gateway counted them.',
  })
  statusCountsSource!: string;
}
