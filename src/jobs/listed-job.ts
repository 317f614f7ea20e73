import type { GravitinoJob } from '../domain/gravitino-job';
import type { JobRun } from '../domain/job-run';
import type { PaiJob } from '../domain/pai-job';
import type { SaeJobExecution } from '../domain/sae-job';
import type { MergeItem } from '../pagination/merge';

/** A job as `jobs` lists it: the domain object of whichever provider ran it (`provider` tells which). */
export type ListedJob = JobRun | PaiJob | SaeJobExecution | GravitinoJob;

/** A listed job in the merge: its createdAt, and the order key that breaks ties. */
export type JobItem = MergeItem<ListedJob>;

/**
 * The keys that place a job among jobs created at the same time: a provider letter, the instance,
 * the list it comes from (EMR workspace, SAE template, Gravitino metalake; PAI lists by instance),
 * then its own id. Jobs of one list share every key but the last, so a list can bound the tie
 * order of everything it holds (`jobListIdPrefix`) before it is read.
 */
function orderKeys(job: ListedJob): readonly string[] {
  switch (job.provider) {
    case 'EMR_SERVERLESS_SPARK':
      return ['E', job.instanceId, job.workspaceId, job.jobRunId];
    case 'PAI_DLC':
      return ['P', job.instanceId, job.jobId];
    case 'SAE':
      return ['S', job.instanceId, job.appId, job.jobId];
    case 'GRAVITINO':
      return ['G', job.instanceId, job.metalake, job.jobId];
  }
}

/**
 * Keys joined so that string order is key-by-key order: each key with every character but
 * `[A-Za-z0-9._~-]` escaped as `%` and four hex digits of its UTF-16 unit (so any id, even one with
 * a lone surrogate, encodes, and no two encode alike), then a space, which sorts below all of those.
 */
function joinKeys(keys: readonly string[]): string {
  return keys
    .map(
      (key) =>
        `${key.replace(/[^A-Za-z0-9._~-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`)} `,
    )
    .join('');
}

/**
 * Where a job sits among jobs created at the same time: the merge's tie-breaker, kept in cursors.
 * Not the global id: a global id is opaque base64, so the ids of one list share no prefix and a
 * list could never say where its ties fall without being read.
 */
export function jobOrderKey(job: ListedJob): string {
  return joinKeys(orderKeys(job));
}

/**
 * What the order keys of one list's jobs start with: the EMR workspace `listUnit`, SAE template or
 * Gravitino metalake of a provider instance (the keys `orderKeys` puts before the job's own id).
 */
export function jobListIdPrefix(
  provider: 'EMR_SERVERLESS_SPARK' | 'SAE',
  instanceId: string,
  listUnit: string,
): string {
  return joinKeys([provider === 'SAE' ? 'S' : 'E', instanceId, listUnit]);
}

/** A job as the merge carries it. */
export function jobItem(job: ListedJob): JobItem {
  return { createdAt: job.createdAt, id: jobOrderKey(job), value: job };
}
