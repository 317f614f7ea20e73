import type { EmulatorDataOptions, EmulatorScale } from '../shared/emulator-types';
import { createPrng } from '../shared/prng';
import { MICROS_PER_MS, formatInstant } from './instant.wire';
import { generateJobs, type GeneratedJob } from './job-run.dataset';
import type { GravitinoDataset, JobRow, MetalakeData } from './gravitino.model';
import { JobRunIndex } from './job-run.index';
import { generateTemplates } from './job-template.dataset';
import { METALAKE_BLUEPRINTS } from './metalake-blueprint.dataset';
import type { GravitinoServerVersion, JobTemplateDTO, MetalakeDTO } from './gravitino.wire';
import { toJobDto } from './job-run.materialize';

/** Jobs over all metalakes per scale (large: the minimum of 20,000, plus headroom). */
const JOB_TOTALS: Readonly<Record<EmulatorScale, number>> = { small: 400, large: 21_000 };

const DAY_US = 86_400_000_000;

interface PendingLake {
  readonly dto: MetalakeDTO;
  readonly templates: readonly JobTemplateDTO[];
  readonly jobs: readonly GeneratedJob[];
}

function indexLake(
  lake: PendingLake,
  rows: readonly JobRow[],
  version: GravitinoServerVersion,
): MetalakeData {
  const byTemplate = new Map<string, JobRunIndex>();
  const templatesByName = new Map(lake.templates.map((template) => [template.name, template]));
  return {
    dto: lake.dto,
    templates: lake.templates,
    templatesByName,
    jobsById: new Map(rows.map((row) => [row.dto.jobId, row])),
    jobs: new JobRunIndex(rows).warm(version),
    jobsOfTemplate(name) {
      if (!templatesByName.has(name)) return undefined;
      let index = byTemplate.get(name);
      if (!index) {
        index = new JobRunIndex(rows.filter((row) => row.dto.jobTemplateName === name));
        byTemplate.set(name, index);
      }
      return index;
    },
  };
}

/**
 * Generates the dataset: the same seed, scale and referenceTime always give identical data, and
 * both versions serve the same jobs (only their wire shape and list order differ). Job ids come
 * from one generator across metalakes, in queue order, so ascending id is creation order; each
 * row also draws the random key a table scan orders it by (see JobRow.storeKey).
 */
export function generateGravitinoDataset(
  options: EmulatorDataOptions,
  version: GravitinoServerVersion = 'main',
): GravitinoDataset {
  const root = createPrng(options.seed).fork('gravitino');
  const referenceUs = options.referenceTime * MICROS_PER_MS;
  const total = JOB_TOTALS[options.scale];
  const pending: PendingLake[] = METALAKE_BLUEPRINTS.map((lake) => {
    const prng = root.fork(lake.name);
    const createdAt = referenceUs - 30 * DAY_US + prng.int(0, DAY_US / 2);
    const templates = generateTemplates(prng.fork('templates'), lake, createdAt, referenceUs);
    const jobs = generateJobs(
      prng.fork('jobs'),
      lake,
      templates,
      Math.round(total * lake.jobShare),
      referenceUs,
    );
    const dto: MetalakeDTO = {
      name: lake.name,
      ...(lake.comment !== undefined ? { comment: lake.comment } : {}),
      properties: lake.properties,
      audit: { creator: lake.creator, createTime: formatInstant(createdAt) },
    };
    return { dto, templates: templates.map((template) => template.dto), jobs };
  });

  const queue = pending
    .flatMap((lake, lakeIndex) => lake.jobs.map((job) => ({ job, lakeIndex })))
    .sort((a, b) => a.job.queuedAt - b.job.queuedAt);
  const ids = root.fork('ids');
  // A stream of its own, so the ids and data stay what they were before scan order was modelled.
  const storeKeys = root.fork('store-keys');
  const rowsByLake: JobRow[][] = pending.map(() => []);
  let seq = 10_000 + ids.int(0, 9_999);
  for (const { job, lakeIndex } of queue) {
    seq += ids.int(1, 3);
    const row: JobRow = {
      seq,
      storeKey: storeKeys.next(),
      status: job.status,
      queuedAt: job.queuedAt,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      dto: toJobDto(seq, job, version),
    };
    rowsByLake[lakeIndex]?.push(row);
  }
  const metalakes = pending.map((lake, i) => indexLake(lake, rowsByLake[i] ?? [], version));
  return {
    version,
    metalakes,
    metalakesByName: new Map(metalakes.map((lake) => [lake.dto.name, lake])),
    jobCount: queue.length,
  };
}
