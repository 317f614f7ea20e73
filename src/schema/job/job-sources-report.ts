import { UpstreamError } from '../../errors/upstream-error';
import type { SourceOutcome } from '../../pagination/merge';
import type { InstanceSources } from './job-merge-source';
import type { JobSource, JobSourceError } from './job-source.type';

function describe(error: unknown): JobSourceError {
  return error instanceof UpstreamError
    ? { code: error.code, message: error.message }
    : { code: 'UPSTREAM_ERROR', message: 'A source failed unexpectedly.' };
}

/** The instance's outcome: FAILED beats DEGRADED beats OK; the first failure's error is shown. */
export function reportInstance(
  instance: InstanceSources,
  outcomes: ReadonlyMap<string, SourceOutcome>,
): JobSource {
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
  const firstError = listingFailed ? instance.error : failures[0]?.error;
  return {
    provider: instance.provider,
    instance: instance.instance,
    status,
    sourceCount: instance.sources.length,
    sourcesRead: own.filter((o) => o.status !== 'SKIPPED').length,
    error: status === 'OK' ? null : describe(firstError),
  };
}

/** A failed or cut source's outcome. */
type FailedOutcome = Extract<SourceOutcome, { error: unknown }>;

function firstFailure(
  instance: InstanceSources,
  outcomes: ReadonlyMap<string, SourceOutcome>,
): FailedOutcome | undefined {
  return instance.sources
    .map((source) => outcomes.get(source.key))
    .find((outcome): outcome is FailedOutcome => outcome !== undefined && 'error' in outcome);
}

/** The typed errors to add to the response for instances that did not fully answer. */
export function partialErrors(
  instances: readonly InstanceSources[],
  outcomes: ReadonlyMap<string, SourceOutcome>,
): UpstreamError[] {
  return instances
    .map((instance) => instance.error ?? firstFailure(instance, outcomes)?.error)
    .filter((failure): failure is UpstreamError => failure instanceof UpstreamError);
}
