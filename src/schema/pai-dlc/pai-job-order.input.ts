import { Field, InputType, registerEnumType } from 'type-graphql';
import type { PaiSortField } from '../../domain/pai-job-order';

/** ListJobs `SortBy` values. */
export const PaiJobOrderField = {
  GMT_CREATE_TIME: 'GmtCreateTime',
  GMT_FINISH_TIME: 'GmtFinishTime',
  DISPLAY_NAME: 'DisplayName',
  JOB_TYPE: 'JobType',
  STATUS: 'Status',
  GMT_RUNNING_TIME: 'GmtRunningTime',
  GMT_SUBMITTED_TIME: 'GmtSubmittedTime',
  GMT_MODIFIED_TIME: 'GmtModifiedTime',
} as const satisfies Record<string, PaiSortField>;

/** ListJobs `Order` values. */
export const PaiOrderDirection = { ASC: 'asc', DESC: 'desc' } as const;

registerEnumType(PaiJobOrderField, {
  name: 'PaiJobOrderField',
  description:
    'What PAI-DLC sorts jobs by (ListJobs `SortBy`). Jobs without the value (e.g. no finish time yet) come last in either direction.',
  valuesConfig: {
    GMT_CREATE_TIME: { description: '`GmtCreateTime`: creation time (the default).' },
    GMT_FINISH_TIME: { description: '`GmtFinishTime`: finish time.' },
    DISPLAY_NAME: { description: '`DisplayName`: job name, case-insensitively.' },
    JOB_TYPE: { description: '`JobType`: framework.' },
    STATUS: { description: '`Status`: PAI status name.' },
    GMT_RUNNING_TIME: {
      description: '`GmtRunningTime`: start of running (a console sort key beyond the five documented).',
    },
    GMT_SUBMITTED_TIME: {
      description: '`GmtSubmittedTime`: submission (a console sort key beyond the five documented).',
    },
    GMT_MODIFIED_TIME: {
      description: '`GmtModifiedTime`: last change (a console sort key beyond the five documented).',
    },
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
  description: 'How PAI-DLC sorts a job list (ListJobs `SortBy` and `Order`). Default: newest created first.',
})
export class PaiJobOrder {
  @Field(() => PaiJobOrderField, {
    nullable: true,
    description: 'What to sort by; GMT_CREATE_TIME when omitted.',
  })
  field?: PaiSortField | null;

  @Field(() => PaiOrderDirection, { nullable: true, description: 'The direction; DESC when omitted.' })
  direction?: 'asc' | 'desc' | null;
}
