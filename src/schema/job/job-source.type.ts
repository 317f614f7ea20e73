import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Provider } from '../common/provider.enum';
import { JobSourceRead } from './job-source-read.enum';

/** How a provider instance fared in one `jobs` page. */
export const JobSourceStatus = { OK: 'OK', DEGRADED: 'DEGRADED', FAILED: 'FAILED' } as const;

registerEnumType(JobSourceStatus, {
  name: 'JobSourceStatus',
  description: 'Whether a provider instance contributed fully to a `jobs` page.',
  valuesConfig: {
    OK: { description: 'Every source read answered (or none needed reading for this page).' },
    DEGRADED: {
      description: 'Some sources were cut at the deadline; their jobs are missing from this page.',
    },
    FAILED: {
      description:
        'Some sources failed; their jobs are missing from this page. The next page tries them again.',
    },
  },
});

/** A typed error of a source, as it would appear in `errors`. */
@ObjectType({
  description: 'Why a source did not answer: the same code and upstream details as in `errors`.',
})
export class JobSourceError {
  @Field(() => String, { description: 'UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_THROTTLED, …' })
  code!: string;

  @Field(() => String, {
    description: 'What failed, written by jobgraph from typed fields (never the upstream text).',
  })
  message!: string;
}

/** One provider instance's part in a `jobs` page. */
@ObjectType({
  description:
    "One provider instance's part in this page of `jobs`: which of its sources were read and how they answered.",
})
export class JobSource {
  @Field(() => Provider, { description: 'The provider of this instance.' })
  provider!: string;

  @Field(() => String, { description: 'The configured instance id.' })
  instance!: string;

  @Field(() => JobSourceStatus, {
    description: 'Whether every source this page read answered: OK, DEGRADED (deadline) or FAILED.',
  })
  status!: string;

  @Field(() => Int, {
    description: 'Lists (workspaces, template histories, metalakes…) this instance offers the merge.',
  })
  sourceCount!: number;

  @Field(() => Int, {
    description: 'Of those, how many this page had to read: the others could not reach it.',
  })
  sourcesRead!: number;

  @Field(() => JobSourceRead, {
    description:
      'How this page read those sources: page by page newest first (order documented or checked), or whole and sorted by jobgraph.',
  })
  read!: string;

  @Field(() => JobSourceError, { nullable: true, description: 'The first failure, when status is not OK.' })
  error!: JobSourceError | null;
}
