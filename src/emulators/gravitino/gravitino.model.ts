// The in-memory model of the Gravitino emulator: metalakes with their templates and indexed jobs.
// Jobs keep a ready-made wire object next to the numeric keys the filters and sorts read.
import type { JobRunIndex } from './job-run.index';
import type { JobDTO, JobStatus, JobTemplateDTO, MetalakeDTO } from './gravitino.wire';

/** A stored job: numeric sort keys (epoch µs) next to its ready-made wire object. */
export interface JobRow {
  /** The number in `job-<seq>`; store order is ascending seq (= creation order). */
  readonly seq: number;
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
  /** Metalakes in store (creation) order. */
  readonly metalakes: readonly MetalakeData[];
  readonly metalakesByName: ReadonlyMap<string, MetalakeData>;
  readonly jobCount: number;
}
