// The in-memory model of the Gravitino emulator: metalakes with their templates and indexed jobs.
// Jobs keep a ready-made wire object next to the numeric keys the filters and sorts read.
import type { JobRunIndex } from './job-run.index';
import type {
  GravitinoServerVersion,
  JobDTO,
  JobStatus,
  JobTemplateDTO,
  MetalakeDTO,
} from './gravitino.wire';

/** A stored job: numeric sort keys (epoch µs) next to its ready-made wire object. */
export interface JobRow {
  /** The number in `job-<seq>`; ascending seq is creation order, and main's tie order. */
  readonly seq: number;
  /**
   * Where a table scan meets the row: its place in the unsorted listing v1.3.0 answers. A real
   * server's primary key `job_run_id` is a random long (RandomIdGenerator), so this is drawn at
   * random too, while `seq` keeps the emulator's ids readable.
   */
  readonly storeKey: number;
  readonly status: JobStatus;
  readonly queuedAt: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly dto: JobDTO;
}

/** One metalake with its templates and jobs, indexed for the routes. */
export interface MetalakeData {
  readonly dto: MetalakeDTO;
  /** Templates in store (registration) order. */
  readonly templates: readonly JobTemplateDTO[];
  readonly templatesByName: ReadonlyMap<string, JobTemplateDTO>;
  readonly jobsById: ReadonlyMap<string, JobRow>;
  /** Every job of the metalake. */
  readonly jobs: JobRunIndex;
  /** The jobs of one template (built on first use); undefined for an unknown template. */
  jobsOfTemplate(name: string): JobRunIndex | undefined;
}

/** Everything the Gravitino emulator serves. */
export interface GravitinoDataset {
  /** The version whose wire shapes the job objects have. */
  readonly version: GravitinoServerVersion;
  /** Metalakes in store (creation) order. */
  readonly metalakes: readonly MetalakeData[];
  readonly metalakesByName: ReadonlyMap<string, MetalakeData>;
  readonly jobCount: number;
}
