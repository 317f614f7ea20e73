import type { Prng } from '../shared/prng';
import { pickDistinct } from './random.dataset';
import { generateJobRun } from './job-run-timeline.dataset';
import type { GeneratedTemplate } from './job-template.dataset';
import type { MetalakeBlueprint } from './metalake-blueprint.dataset';
import { JOB_STATUSES, type JobStatus } from './gravitino.wire';

/** One generated run, before it gets its global id. Times are epoch µs. */
export interface GeneratedJob {
  readonly templateName: string;
  readonly status: JobStatus;
  readonly creator: string;
  readonly queuedAt: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly lastModifier: string | null;
  readonly lastModifiedTime: number | null;
}

const STATUS_WEIGHTS: readonly (readonly [JobStatus, number])[] = [
  ['succeeded', 62],
  ['failed', 14],
  ['cancelled', 6],
  ['started', 8],
  ['queued', 6],
  ['cancelling', 4],
];

/**
 * The runs of one metalake, in no particular order. Templates are weighted Zipf-like so a few
 * carry most runs; the last-registered template is never run (a real "registered, unused" case).
 * With six or more runs, every status appears at least once.
 */
export function generateJobs(
  prng: Prng,
  lake: MetalakeBlueprint,
  templates: readonly GeneratedTemplate[],
  count: number,
  referenceUs: number,
): GeneratedJob[] {
  const runnable = templates.length > 1 ? templates.slice(0, -1) : templates;
  if (count === 0 || runnable.length === 0) return [];
  const weighted = pickDistinct(prng, runnable, runnable.length).map(
    (template, rank) => [template, 1 / (rank + 1)] as const,
  );
  const jobs: GeneratedJob[] = [];
  for (let i = 0; i < count; i++) {
    const status =
      i < JOB_STATUSES.length && count >= JOB_STATUSES.length
        ? (JOB_STATUSES[i] as JobStatus)
        : prng.weighted(STATUS_WEIGHTS);
    jobs.push(generateJobRun(prng, lake, prng.weighted(weighted), status, referenceUs));
  }
  return jobs;
}
