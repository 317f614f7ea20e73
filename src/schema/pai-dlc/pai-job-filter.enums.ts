import { registerEnumType } from 'type-graphql';
import type {
  PaiNumericRangeField as WireNumericRangeField,
  PaiOversoldInfo as WireOversoldInfo,
  PaiTimeRangeField as WireTimeRangeField,
} from '../../domain/pai-dlc-job-fields';

// The enums of ListJobs' filter values. GraphQL names are SCREAMING_CASE; the values are the wire
// strings, so the filter passes them through unchanged.

/** `TimeRangeField` values: which time the window applies to. */
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

/** `NumericRangeField` values. */
export const PaiNumericRangeField = {
  REQUEST_GPU: 'RequestGPU',
  REQUEST_CPU: 'RequestCPU',
  REQUEST_MEMORY: 'RequestMemory',
  NODE_COUNT: 'NodeCount',
  PRIORITY: 'Priority',
  DURATION: 'Duration',
} as const satisfies Record<string, WireNumericRangeField>;

/** `OversoldInfo` values. */
export const PaiOversoldInfo = {
  FORBIDDEN_QUOTA_OVER_SOLD: 'ForbiddenQuotaOverSold',
  FORCE_QUOTA_OVER_SOLD: 'ForceQuotaOverSold',
  ACCEPT_QUOTA_OVER_SOLD_TRUE: 'AcceptQuotaOverSold-true',
  ACCEPT_QUOTA_OVER_SOLD_FALSE: 'AcceptQuotaOverSold-false',
} as const satisfies Record<string, WireOversoldInfo>;

/** `PaymentType` values. */
export const PaiPaymentType = { PRE_PAID: 'PrePaid', SPOT: 'Spot', POST_PAID: 'PostPaid' } as const;

/** `Accessibility` values. */
export const PaiJobAccessibility = { PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' } as const;

/** `DisplayNameSearchMode` values. */
export const PaiDisplayNameSearchMode = { WILDCARD: 'wildcard', EXACT: 'exact', PREFIX: 'prefix' } as const;

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

registerEnumType(PaiNumericRangeField, {
  name: 'PaiNumericRangeField',
  description: 'The number a PAI-DLC numeric range filter applies to (`NumericRangeField`).',
  valuesConfig: {
    REQUEST_GPU: { description: '`RequestGPU`: GPUs requested.' },
    REQUEST_CPU: { description: '`RequestCPU`: vCPUs requested.' },
    REQUEST_MEMORY: { description: '`RequestMemory`: memory requested, in GiB.' },
    NODE_COUNT: { description: '`NodeCount`: nodes used.' },
    PRIORITY: { description: '`Priority`: 1..9.' },
    DURATION: { description: '`Duration`: seconds run.' },
  },
});

registerEnumType(PaiOversoldInfo, {
  name: 'PaiOversoldInfo',
  description: 'Whether a PAI-DLC job may, must not, or did use idle (oversold) quota (`OversoldInfo`).',
  valuesConfig: {
    FORBIDDEN_QUOTA_OVER_SOLD: { description: '`ForbiddenQuotaOverSold`: guaranteed resources only.' },
    FORCE_QUOTA_OVER_SOLD: { description: '`ForceQuotaOverSold`: idle resources only.' },
    ACCEPT_QUOTA_OVER_SOLD_TRUE: {
      description: '`AcceptQuotaOverSold-true`: either, and it uses idle resources.',
    },
    ACCEPT_QUOTA_OVER_SOLD_FALSE: {
      description: '`AcceptQuotaOverSold-false`: either, and it uses guaranteed resources.',
    },
  },
});

registerEnumType(PaiPaymentType, {
  name: 'PaiPaymentType',
  description: 'How the resources of a PAI-DLC job are paid for (`PaymentType`).',
  valuesConfig: {
    PRE_PAID: { description: '`PrePaid`: subscription resource group.' },
    SPOT: { description: '`Spot`: preemptible instances.' },
    POST_PAID: { description: '`PostPaid`: pay-as-you-go public resources.' },
  },
});

registerEnumType(PaiJobAccessibility, {
  name: 'PaiJobAccessibility',
  description: 'Who can see a PAI-DLC job (`Accessibility`).',
  valuesConfig: {
    PUBLIC: { description: 'Every member of the workspace.' },
    PRIVATE: { description: 'Only its owner and the workspace administrators.' },
  },
});

registerEnumType(PaiDisplayNameSearchMode, {
  name: 'PaiDisplayNameSearchMode',
  description: 'How `displayName` matches (`DisplayNameSearchMode`); always case-insensitive.',
  valuesConfig: {
    WILDCARD: { description: '`wildcard`: names containing it (the default).' },
    EXACT: { description: '`exact`: the whole name.' },
    PREFIX: { description: '`prefix`: names starting with it.' },
  },
});
