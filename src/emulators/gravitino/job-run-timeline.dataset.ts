import type { Prng } from '../shared/prng';
import { logUniform } from './random.dataset';
import type { GeneratedJob } from './job-run.dataset';
import type { GeneratedTemplate } from './job-template.dataset';
import type { MetalakeBlueprint } from './metalake-blueprint.dataset';
import type { JobStatus } from './gravitino.wire';

const SECOND = 1_000_000;
const HOUR = 3600 * SECOND;

/** The status poller runs without a caller, so Gravitino records its transitions as the anonymous user. */
const POLLER = 'anonymous';

/** Time spent queued before the executor picks the job up: usually seconds, sometimes a backlog. */
function queueWait(prng: Prng, template: GeneratedTemplate): number {
  const spark = template.dto.jobType === 'spark';
  if (prng.chance(0.08)) return logUniform(prng, 30 * SECOND, (spark ? 900 : 600) * SECOND);
  return spark ? logUniform(prng, 3 * SECOND, 90 * SECOND) : logUniform(prng, SECOND / 5, 8 * SECOND);
}

function runTime(prng: Prng, template: GeneratedTemplate): number {
  const [min, max] = template.runSeconds;
  return logUniform(prng, min * SECOND, max * SECOND);
}

/** A queue time for a run that takes `span` µs in total and has finished by `referenceUs`. */
function pastQueuedAt(prng: Prng, earliest: number, span: number, referenceUs: number): number {
  const latest = Math.max(earliest, referenceUs - span - SECOND);
  let at = earliest + Math.floor(prng.next() * (latest - earliest));
  // Four in ten runs are scheduled: they queue within seconds after the top of an hour.
  if (prng.chance(0.4)) {
    const snapped = Math.floor(at / HOUR) * HOUR + prng.int(0, 3 * SECOND);
    if (snapped >= earliest) at = snapped;
  }
  return at;
}

/**
 * One run of `template` in `status`, with times that fit the status: queued runs have no
 * startedAt, started ones no finishedAt, finished ones both (a quarter of cancelled runs never
 * started), all at or before `referenceUs`, none before the template existed.
 */
export function generateJobRun(
  prng: Prng,
  lake: MetalakeBlueprint,
  template: GeneratedTemplate,
  status: JobStatus,
  referenceUs: number,
): GeneratedJob {
  const creator = prng.weighted(lake.users);
  const earliest = template.createdAt + 60 * SECOND;
  const wait = queueWait(prng, template);
  const run = runTime(prng, template);
  const job = { templateName: template.dto.name, status, creator };
  switch (status) {
    case 'succeeded':
    case 'failed': {
      const actual =
        status === 'failed' ? Math.max(SECOND, Math.floor(run * (0.05 + prng.next() * 0.75))) : run;
      const queuedAt = pastQueuedAt(prng, earliest, wait + actual, referenceUs);
      const finishedAt = Math.min(queuedAt + wait + actual, referenceUs);
      return {
        ...job,
        queuedAt,
        startedAt: queuedAt + wait,
        finishedAt,
        lastModifier: POLLER,
        lastModifiedTime: finishedAt,
      };
    }
    case 'cancelled': {
      // A quarter are cancelled while still queued and never get a startedAt.
      const neverStarted = prng.chance(0.25);
      const span = neverStarted
        ? wait
        : wait + Math.floor(run * (0.05 + prng.next() * 0.85)) + prng.int(2, 30) * SECOND;
      const queuedAt = pastQueuedAt(prng, earliest, span, referenceUs);
      const finishedAt = Math.min(queuedAt + span, referenceUs);
      const startedAt = neverStarted ? null : queuedAt + wait;
      return { ...job, queuedAt, startedAt, finishedAt, lastModifier: POLLER, lastModifiedTime: finishedAt };
    }
    case 'started': {
      const elapsed = Math.floor(run * (0.05 + prng.next() * 0.9));
      const queuedAt = referenceUs - wait - elapsed;
      return {
        ...job,
        queuedAt,
        startedAt: queuedAt + wait,
        finishedAt: null,
        lastModifier: POLLER,
        lastModifiedTime: queuedAt + wait,
      };
    }
    case 'queued': {
      const age = prng.chance(0.05)
        ? logUniform(prng, HOUR, 48 * HOUR)
        : logUniform(prng, SECOND, 1200 * SECOND);
      return {
        ...job,
        queuedAt: referenceUs - age,
        startedAt: null,
        finishedAt: null,
        lastModifier: null,
        lastModifiedTime: null,
      };
    }
    case 'cancelling': {
      const started = prng.chance(0.8);
      const queuedAt = started
        ? referenceUs - wait - Math.floor(run * (0.05 + prng.next() * 0.9))
        : referenceUs - logUniform(prng, 2 * SECOND, 1200 * SECOND);
      const startedAt = started ? queuedAt + wait : null;
      const from = startedAt ?? queuedAt;
      const cancelAt = from + Math.floor(prng.next() * (referenceUs - from));
      const canceller = prng.chance(0.7) ? creator : prng.weighted(lake.users);
      return {
        ...job,
        queuedAt,
        startedAt,
        finishedAt: null,
        lastModifier: canceller,
        lastModifiedTime: cancelAt,
      };
    }
  }
}
