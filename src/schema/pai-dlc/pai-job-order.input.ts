import { Field, InputType, registerEnumType } from 'type-graphql';
import type { PaiSortField } from '../../domain/pai-job-order';

/** ListJobs `SortBy` values, exactly the five the documentation lists. */
export const PaiJobOrderField = {
  GMT_CREATE_TIME: 'GmtCreateTime',
  GMT_FINISH_TIME: 'GmtFinishTime',
  DISPLAY_NAME: 'DisplayName',
  JOB_TYPE: 'JobType',
  STATUS: 'Status',
} as const satisfies Record<string, PaiSortField>;

/** ListJobs `Order` values. */
export const PaiOrderDirection = { ASC: 'asc', DESC: 'desc' } as const;

registerEnumType(PaiJobOrderField, {
  name: 'PaiJobOrderField',
  description:
    'What PAI-DLC sorts jobs by (ListJobs `SortBy`): the five values the documentation lists. Jobs without the value (e.g. no finish time yet) come last in either direction. Any other sort key goes in `PaiJobOrder.fieldUnchecked`.',
  valuesConfig: {
    GMT_CREATE_TIME: { description: '`GmtCreateTime`: creation time (the default).' },
    GMT_FINISH_TIME: { description: '`GmtFinishTime`: finish time.' },
    DISPLAY_NAME: { description: '`DisplayName`: job name, case-insensitively.' },
    JOB_TYPE: { description: '`JobType`: framework.' },
    STATUS: { description: '`Status`: PAI status name.' },
  },
});

registerEnumType(PaiOrderDirection, {
  name: 'PaiOrderDirection',
  description: 'Sort direction (ListJobs `Order`).',
  valuesConfig: {
    ASC: { description: '`asc`: smallest (oldest) first.' },
    DESC: { description: '`desc`: largest (newest) first (the default).' },
  },
});

/** ListJobs `SortBy` + `Order`. */
@InputType('PaiJobOrder', {
  description:
    'How PAI-DLC sorts a job list (ListJobs `SortBy` and `Order`). Default: newest created first. Give at most one of `field` and `fieldUnchecked`.',
})
export class PaiJobOrder {
  @Field(() => PaiJobOrderField, {
    nullable: true,
    description: 'What to sort by, a documented `SortBy`; GMT_CREATE_TIME when both fields are omitted.',
  })
  field?: PaiSortField | null;

  @Field(() => String, {
    nullable: true,
    description:
      '`SortBy` as a string of your choosing, sent as is and unchecked: PAI-DLC may refuse a value beyond the documented five (BAD_USER_INPUT with the upstream code) or order by it its own way. jobgraph cannot know that order, so it refuses this when a page would merge several ListJobs listings (several statuses, or a tenant limited to several workspaces).',
  })
  fieldUnchecked?: string | null;

  @Field(() => PaiOrderDirection, { nullable: true, description: 'The direction; DESC when omitted.' })
  direction?: 'asc' | 'desc' | null;
}
