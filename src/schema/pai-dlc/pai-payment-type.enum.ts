import { registerEnumType } from 'type-graphql';

/**
 * ListJobs `PaymentType` values. GraphQL names are SCREAMING_CASE; the values are the wire strings,
 * so the filter passes them through unchanged.
 */
export const PaiPaymentType = { PRE_PAID: 'PrePaid', SPOT: 'Spot', POST_PAID: 'PostPaid' } as const;

registerEnumType(PaiPaymentType, {
  name: 'PaiPaymentType',
  description: 'How the resources of a PAI-DLC job are paid for (`PaymentType`).',
  valuesConfig: {
    PRE_PAID: { description: '`PrePaid`: subscription resource group.' },
    SPOT: { description: '`Spot`: preemptible instances.' },
    POST_PAID: { description: '`PostPaid`: pay-as-you-go public resources.' },
  },
});
