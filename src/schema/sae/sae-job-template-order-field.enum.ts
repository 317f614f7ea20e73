import { registerEnumType } from 'type-graphql';

/** ListJobs `OrderBy`: the orders SAE offers, as GraphQL names for the wire values. */
export const SaeJobTemplateOrderField = {
  RUNNING_INSTANCES: 'running',
  TARGET_INSTANCES: 'instances',
} as const;

/** One wire `OrderBy` value. */
export type SaeJobTemplateOrderFieldValue =
  (typeof SaeJobTemplateOrderField)[keyof typeof SaeJobTemplateOrderField];

registerEnumType(SaeJobTemplateOrderField, {
  name: 'SaeJobTemplateOrderField',
  description: 'What ListJobs can sort job templates by (`OrderBy`).',
  valuesConfig: {
    RUNNING_INSTANCES: { description: '`running`: the number of running instances.' },
    TARGET_INSTANCES: { description: '`instances`: the number of target instances.' },
  },
});
