import { registerEnumType } from 'type-graphql';
import type { PaiOversoldInfo as WireOversoldInfo } from '../../domain/pai-job-filter';

/**
 * ListJobs `OversoldInfo` values. GraphQL names are SCREAMING_CASE; the values are the wire
 * strings, so the filter passes them through unchanged.
 */
export const PaiOversoldInfo = {
  FORBIDDEN_QUOTA_OVER_SOLD: 'ForbiddenQuotaOverSold',
  FORCE_QUOTA_OVER_SOLD: 'ForceQuotaOverSold',
  ACCEPT_QUOTA_OVER_SOLD_TRUE: 'AcceptQuotaOverSold-true',
  ACCEPT_QUOTA_OVER_SOLD_FALSE: 'AcceptQuotaOverSold-false',
} as const satisfies Record<string, WireOversoldInfo>;

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
