import { GatewayError } from '../../errors/gateway-error';
import { UpstreamError } from '../../errors/upstream-error';
import type { SourceOutcome } from '../../pagination/merge';
import type { InstanceSources } from './job-merge-source';
import type { JobSource } from './job-source.type';

/** A failed or cut source's outcome. */
type FailedOutcome = Extract<SourceOutcome, { error: unknown }>;

/** Why an instance did not fully answer, as a typed error: the upstream's own, or one naming the cut or the failure. */
function typedError(instance: InstanceSources, status: 'FAILED' | 'DEGRADED', error: unknown): GatewayError {
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

/** How one instance fared: FAILED beats DEGRADED beats OK, with the first failure as a typed error. */
function assess(instance: InstanceSources, outcomes: ReadonlyMap<string, SourceOutcome>) {
  const own = instance.sources
    .map((source) => outcomes.get(source.key))
    .filter((o): o is SourceOutcome => o !== undefined);
  const failures = own.filter((o): o is FailedOutcome => 'error' in o);
  const listingFailed = instance.error !== undefined;
  const status =
    listingFailed || failures.some((f) => f.status === 'FAILED')
      ? 'FAILED'
      : failures.length > 0
        ? 'DEGRADED'
        : 'OK';
  const error =
    status === 'OK'
      ? null
      : typedError(instance, status, listingFailed ? instance.error : failures[0]?.error);
  return { status, error, read: own.filter((o) => o.status !== 'SKIPPED').length } as const;
}

/** The `sources` entry of one instance. */
export function reportInstance(
  instance: InstanceSources,
  outcomes: ReadonlyMap<string, SourceOutcome>,
): JobSource {
  const { status, error, read } = assess(instance, outcomes);
  return {
    provider: instance.provider,
    instance: instance.instance,
    status,
    sourceCount: instance.sources.length,
    sourcesRead: read,
    error: error && { code: error.code, message: error.message },
  };
}

/** The typed errors to add to the response for instances that did not fully answer. */
export function partialErrors(
  instances: readonly InstanceSources[],
  outcomes: ReadonlyMap<string, SourceOutcome>,
): GatewayError[] {
  return instances
    .map((instance) => assess(instance, outcomes).error)
    .filter((error): error is GatewayError => error !== null);
}
