import { Field, InputType, registerEnumType } from 'type-graphql';

/** listJobs' `sortBy` values. */
export const GravitinoJobOrderField = {
  QUEUED_AT: 'queuedAt',
  STARTED_AT: 'startedAt',
  FINISHED_AT: 'finishedAt',
} as const;

/** listJobs' `sortOrder` values. */
export const GravitinoOrderDirection = { ASC: 'asc', DESC: 'desc' } as const;

registerEnumType(GravitinoJobOrderField, {
  name: 'GravitinoJobOrderField',
  description:
    'The time Gravitino sorts jobs by (listJobs `sortBy`). Jobs without that time come last in either direction.',
  valuesConfig: {
    QUEUED_AT: { description: '`queuedAt`, when the job was queued (the server default).' },
    STARTED_AT: {
      description:
        '`startedAt`, when the job started. BAD_USER_INPUT against a v1.3.0 server (no start times).',
    },
    FINISHED_AT: {
      description:
        '`finishedAt`, when the job finished. BAD_USER_INPUT against a v1.3.0 server (no finish times).',
    },
  },
});

registerEnumType(GravitinoOrderDirection, {
  name: 'GravitinoOrderDirection',
  description: 'Sort direction (listJobs `sortOrder`).',
  valuesConfig: {
    ASC: { description: '`asc`: oldest first.' },
    DESC: { description: '`desc`: newest first (the server default).' },
  },
});

/** How Gravitino sorts a job list (applied by the server, or by jobgraph when it did not). */
@InputType('GravitinoJobOrder', {
  description:
    'The order of a Gravitino job list, applied by the server; a v1.3.0 server ignores it and answers in its store order, so jobgraph sorts the whole list itself (ties by jobId). Default: newest queued first.',
})
export class GravitinoJobOrder {
  @Field(() => GravitinoJobOrderField, {
    nullable: true,
    description: 'The time to sort by; QUEUED_AT when omitted.',
  })
  field?: (typeof GravitinoJobOrderField)[keyof typeof GravitinoJobOrderField] | null;

  @Field(() => GravitinoOrderDirection, { nullable: true, description: 'The direction; DESC when omitted.' })
  direction?: (typeof GravitinoOrderDirection)[keyof typeof GravitinoOrderDirection] | null;
}
