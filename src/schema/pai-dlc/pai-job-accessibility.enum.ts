import { registerEnumType } from 'type-graphql';

/**
 * ListJobs `Accessibility` values. GraphQL names are SCREAMING_CASE; the values are the wire
 * strings, so the filter passes them through unchanged.
 */
export const PaiJobAccessibility = { PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' } as const;

registerEnumType(PaiJobAccessibility, {
  name: 'PaiJobAccessibility',
  description: 'Who can see a PAI-DLC job (`Accessibility`).',
  valuesConfig: {
    PUBLIC: { description: 'Every member of the workspace.' },
    PRIVATE: { description: 'Only its owner and the workspace administrators.' },
  },
});
