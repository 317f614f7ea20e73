import { registerEnumType } from 'type-graphql';
import type { PaiDisplayNameSearchMode as WireSearchMode } from '../../domain/pai-job-filter';

/**
 * ListJobs `DisplayNameSearchMode` values the documentation names: only `wildcard`. GraphQL names
 * are SCREAMING_CASE; the values are the wire strings, so the filter passes them through unchanged.
 */
export const PaiDisplayNameSearchMode = { WILDCARD: 'wildcard' } as const satisfies Record<
  string,
  WireSearchMode
>;

registerEnumType(PaiDisplayNameSearchMode, {
  name: 'PaiDisplayNameSearchMode',
  description:
    'How `displayName` matches (`DisplayNameSearchMode`): the values the ListJobs documentation names. Any other value goes in `displayNameSearchModeUnchecked`.',
  valuesConfig: {
    WILDCARD: { description: '`wildcard`: names containing it, case-insensitively (the default).' },
  },
});
