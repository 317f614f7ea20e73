import { registerEnumType } from 'type-graphql';
import type { PaiTimeRangeField as WireTimeRangeField } from '../../domain/pai-job-filter';

/**
 * ListJobs `TimeRangeField` values: which time the window applies to. GraphQL names are
 * SCREAMING_CASE; the values are the wire strings, so the filter passes them through unchanged.
 */
export const PaiTimeRangeField = {
  GMT_CREATE_TIME: 'GmtCreateTime',
  GMT_SUBMITTED_TIME: 'GmtSubmittedTime',
  GMT_RUNNING_TIME: 'GmtRunningTime',
  GMT_SUCCESSED_TIME: 'GmtSuccessedTime',
  GMT_FAILED_TIME: 'GmtFailedTime',
  GMT_STOPPED_TIME: 'GmtStoppedTime',
  GMT_FINISH_TIME: 'GmtFinishTime',
  GMT_MODIFIED_TIME: 'GmtModifiedTime',
} as const satisfies Record<string, WireTimeRangeField>;

registerEnumType(PaiTimeRangeField, {
  name: 'PaiTimeRangeField',
  description: 'Which time of a job a PAI-DLC time window applies to (`TimeRangeField`).',
  valuesConfig: {
    GMT_CREATE_TIME: { description: '`GmtCreateTime`: creation (the default).' },
    GMT_SUBMITTED_TIME: { description: '`GmtSubmittedTime`: submission to the cluster.' },
    GMT_RUNNING_TIME: { description: '`GmtRunningTime`: start of running.' },
    GMT_SUCCESSED_TIME: { description: '`GmtSuccessedTime`: success.' },
    GMT_FAILED_TIME: { description: '`GmtFailedTime`: failure.' },
    GMT_STOPPED_TIME: { description: '`GmtStoppedTime`: stop.' },
    GMT_FINISH_TIME: { description: '`GmtFinishTime`: finish, whatever the outcome.' },
    GMT_MODIFIED_TIME: { description: '`GmtModifiedTime`: last change of the job record.' },
  },
});
