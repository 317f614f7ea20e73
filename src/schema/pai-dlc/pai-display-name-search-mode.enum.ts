import { registerEnumType } from 'type-graphql';

/**
 * ListJobs `DisplayNameSearchMode` values. GraphQL names are SCREAMING_CASE; the values are the
 * wire strings, so the filter passes them through unchanged.
 */
export const PaiDisplayNameSearchMode = { WILDCARD: 'wildcard', EXACT: 'exact', PREFIX: 'prefix' } as const;

registerEnumType(PaiDisplayNameSearchMode, {
  name: 'PaiDisplayNameSearchMode',
  description: 'How `displayName` matches (`DisplayNameSearchMode`); always case-insensitive.',
  valuesConfig: {
    WILDCARD: { description: '`wildcard`: names containing it (the default).' },
    EXACT: { description: '`exact`: the whole name.' },
    PREFIX: { description: '`prefix`: names starting with it.' },
  },
});
