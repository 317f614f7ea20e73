/**
 * The PAI-DLC emulator's data: the directory, the pools and the job rows sorted by creation time.
 * Same seed, scale and referenceTime give the same bytes on every machine.
 */
import type { EmulatorDataOptions } from '../shared/emulator-types';
import { createPrng } from '../shared/prng';
import { JOB_STATUSES, JOB_TYPES } from './vocabulary.dataset';
import { generatePaiDirectory, type PaiDirectory } from './directory.dataset';
import type { PaiJobRow } from './pai-dlc.model';
import { drawJobRow } from './job.dataset';
import { generatePaiPools, type PaiPools } from './pools.dataset';

/** Job counts per scale: ~600 for tests and demos, 20,000 for benchmarks (issue 2's minimum). */
export const PAI_JOB_COUNTS = { small: 600, large: 20_000 } as const;

/** Everything the routes answer from. */
export interface PaiDlcDataset {
  readonly seed: string;
  /** The emulator's "now" in epoch seconds: options.referenceTime, truncated. */
  readonly now: number;
  readonly directory: PaiDirectory;
  readonly pools: PaiPools;
  /** Jobs ascending by (createTime, jobId); a job's position here is its id everywhere else. */
  readonly rows: readonly PaiJobRow[];
}

/** Builds the dataset. */
export function createPaiDlcDataset(options: EmulatorDataOptions): PaiDlcDataset {
  const root = createPrng(`pai-dlc/${options.seed}/${options.scale}`);
  const now = Math.floor(options.referenceTime / 1000);
  const directory = generatePaiDirectory(root.fork('directory'), options.scale);
  const pools = generatePaiPools(root.fork('pools'));
  const count = PAI_JOB_COUNTS[options.scale];
  const rows: PaiJobRow[] = [];
  for (let i = 0; i < count; i++) {
    // The first jobs cycle through every status and type so even the small dataset holds them all.
    const forced =
      i < JOB_STATUSES.length ? { status: JOB_STATUSES[i], jobTypeIndex: i % JOB_TYPES.length } : {};
    rows.push(drawJobRow(root.fork(`job/${i}`), { directory, pools, now }, forced));
  }
  rows.sort((a, b) => a.createTime - b.createTime || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0));
  return { seed: options.seed, now, directory, pools, rows };
}
