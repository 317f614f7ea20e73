import type { ProviderId } from '../domain/provider-id';
import { GatewayError } from '../errors/gateway-error';
import { UpstreamError } from '../errors/upstream.error';
import type { ListOutcome } from '../pagination/merge';
import type { InstanceLists, JobList, ListRead } from './job-feed';

/** How a provider instance fared in one page: FAILED beats DEGRADED beats OK. */
export type InstanceStatus = 'OK' | 'DEGRADED' | 'FAILED';

/** How a page read an instance's lists: FULL_READ when it read any whole, NOT_READ when it read none. */
export type InstanceRead = ListRead | 'NOT_READ';

/** One provider instance's part in a `jobs` page (the schema serves it as a `JobSource`). */
export interface InstanceReport {
  readonly provider: ProviderId;
  readonly instance: string;
  readonly status: InstanceStatus;
  /** Lists the instance offered the merge. */
  readonly listCount: number;
  /** Of those, how many this page had to read: the others could not reach it. */
  readonly listsRead: number;
  /** How it read them. */
  readonly read: InstanceRead;
  /** The first failure as a typed error, when status is not OK; the page adds it to `errors`. */
  readonly error: GatewayError | null;
}

/** A failed or cut list's outcome. */
type FailedOutcome = Extract<ListOutcome, { error: unknown }>;

/** Why an instance did not fully answer, as a typed error: the upstream's own, or one naming the cut or the failure. */
function typedError(instance: InstanceLists, status: 'FAILED' | 'DEGRADED', error: unknown): GatewayError {
  // The upstream's own error, or the gateway's (TIMEOUT once the request is over, GATEWAY_BUSY).
  if (error instanceof GatewayError) return error;
  const degraded = status === 'DEGRADED';
  return new UpstreamError({
    provider: instance.provider,
    operation: 'jobs',
    code: null,
    requestId: null,
    classification: degraded ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR',
    retryable: true,
    message: degraded
      ? `${instance.provider} instance "${instance.instance}" did not answer within the jobs page deadline; its jobs are missing from this page.`
      : `${instance.provider} instance "${instance.instance}" failed unexpectedly; its jobs are missing from this page.`,
  });
}

/** How one instance fared, with the first failure as a typed error. */
export function reportInstance(
  instance: InstanceLists,
  outcomes: ReadonlyMap<string, ListOutcome>,
): InstanceReport {
  const own = instance.lists
    .map((list) => outcomes.get(list.key))
    .filter((o): o is ListOutcome => o !== undefined);
  const read = instance.lists.filter((list) => {
    const outcome = outcomes.get(list.key);
    return outcome !== undefined && outcome.status !== 'SKIPPED';
  });
  const failures = own.filter((o): o is FailedOutcome => 'error' in o);
  const listingFailed = instance.error !== undefined;
  const status: InstanceStatus =
    listingFailed || failures.some((f) => f.status === 'FAILED')
      ? 'FAILED'
      : failures.length > 0
        ? 'DEGRADED'
        : 'OK';
  return {
    provider: instance.provider,
    instance: instance.instance,
    status,
    listCount: instance.lists.length,
    listsRead: read.length,
    read: instanceRead(read),
    error:
      status === 'OK'
        ? null
        : typedError(instance, status, listingFailed ? instance.error : failures[0]?.error),
  };
}

/** How the lists a page read were read: a list that does not say was read page by page in a documented order. */
function instanceRead(lists: readonly JobList[]): InstanceRead {
  if (lists.length === 0) return 'NOT_READ';
  return lists.some((list) => list.read?.() === 'FULL_READ') ? 'FULL_READ' : 'PAGED_NEWEST_FIRST';
}
