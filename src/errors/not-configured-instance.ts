import { PROVIDER_LABELS, type ProviderId } from '../domain/provider-id';
import { BadUserInputError } from './bad-user-input.error';

/**
 * The refusal of an instance id a client named (a filter, a cursor, a loader key) that is not
 * configured, or not granted to the tenant: both get this same error, so it tells nothing about what
 * other tenants have. The id is the client's own text, so only its start is echoed.
 */
export function notConfiguredInstance(
  provider: ProviderId,
  instanceId: string,
  argument?: string,
): BadUserInputError {
  return new BadUserInputError(
    `"${instanceId.slice(0, 64)}" is not a configured ${PROVIDER_LABELS[provider]} instance.`,
    argument === undefined ? undefined : { argument },
  );
}
