/**
 * Wire types of the Gravitino jobs REST API, named as Gravitino names them
 * (`common/.../dto/**`, `docs/open-api/{jobs,openapi,metalakes}.yaml` on main and at tag v1.3.0),
 * as the emulator writes them. The emulator keeps its own copy rather than the gateway's DTOs so a
 * misspelt name cannot match on both sides; the conformance tests validate what it serves against
 * the OpenAPI files of the version it models. The server serializes with NON_NULL, so a field it
 * may leave null is simply absent: every such field is optional here. Fields added on main
 * (`queuedAt`, `startedAt`, `finishedAt`, `statusCounts`) are optional too, because the v1.3.0
 * emulator never sends them.
 */

/** The Gravitino releases the emulator models: `main` (HEAD f461aa31) and the v1.3.0 tag. */
export const GRAVITINO_SERVER_VERSIONS = ['main', '1.3.0'] as const;

/** One modelled Gravitino version; its jobs.yaml decides the listJobs parameters and the job fields. */
export type GravitinoServerVersion = (typeof GRAVITINO_SERVER_VERSIONS)[number];

/** Job status as main's server writes it: `Status.name().toLowerCase()`, so `cancelled` with two l's. */
export type JobStatus = 'queued' | 'started' | 'failed' | 'succeeded' | 'cancelling' | 'cancelled';

/** Every job status, in the order `statusCounts` lists them. */
export const JOB_STATUSES: readonly JobStatus[] = [
  'queued',
  'started',
  'failed',
  'succeeded',
  'cancelling',
  'cancelled',
];

/** `AuditDTO`: who created and last modified an entity; instants are ISO-8601 strings. The spec marks none required. */
export interface AuditDTO {
  readonly creator?: string;
  readonly createTime?: string;
  readonly lastModifier?: string;
  readonly lastModifiedTime?: string;
}

/** `JobDTO`: one job run. `queuedAt` equals `audit.createTime`. */
export interface JobDTO {
  readonly jobId: string;
  readonly jobTemplateName: string;
  /**
   * A JobStatus as sent; typed as a string because the v1.3.0 docs spell it `canceled`, the
   * deserializer accepts any case, and a future server may add statuses.
   */
  readonly status: string;
  readonly audit: AuditDTO;
  /** main only; a v1.3.0 server omits it. */
  readonly queuedAt?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

/** Fields every job template carries (`JobTemplateDTO`); only name, jobType and executable are required. */
interface JobTemplateBaseDTO {
  readonly name: string;
  readonly comment?: string;
  readonly executable: string;
  readonly arguments?: readonly string[];
  readonly environments?: Readonly<Record<string, string>>;
  readonly customFields?: Readonly<Record<string, string>>;
  readonly audit?: AuditDTO;
}

/** `ShellJobTemplateDTO` (`jobType: shell`). */
export interface ShellJobTemplateDTO extends JobTemplateBaseDTO {
  readonly jobType: 'shell';
  readonly scripts?: readonly string[];
}

/** `SparkJobTemplateDTO` (`jobType: spark`); `className` is absent for PySpark templates. */
export interface SparkJobTemplateDTO extends JobTemplateBaseDTO {
  readonly jobType: 'spark';
  readonly className?: string;
  readonly jars?: readonly string[];
  readonly files?: readonly string[];
  readonly archives?: readonly string[];
  readonly configs?: Readonly<Record<string, string>>;
}

/** A job template, discriminated by `jobType`. */
export type JobTemplateDTO = ShellJobTemplateDTO | SparkJobTemplateDTO;

/** `MetalakeDTO`: the top-level container jobs and templates live in. */
export interface MetalakeDTO {
  readonly name: string;
  readonly comment?: string;
  readonly properties?: Readonly<Record<string, string>>;
  readonly audit?: AuditDTO;
}

/** `ErrorResponse`; `stack` only when the server had a throwable. Clients must never pass `stack` on. */
export interface ErrorResponse {
  readonly code: number;
  readonly type: string;
  readonly message: string;
  readonly stack?: readonly string[];
}

/** `JobListResponse`: the whole list (no paging). main adds counts per status after time filtering. */
export interface JobListResponse {
  readonly code: 0;
  readonly jobs: readonly JobDTO[];
  /** main only: every status present, even at zero; keyed by lower-case status name. */
  readonly statusCounts?: Readonly<Record<string, number>>;
}

/** `JobResponse`. */
export interface JobResponse {
  readonly code: 0;
  readonly job: JobDTO;
}

/** `NameListResponse`: template names (`details=false`). */
export interface NameListResponse {
  readonly code: 0;
  readonly names: readonly string[];
}

/** `JobTemplateListResponse` (`details=true`). */
export interface JobTemplateListResponse {
  readonly code: 0;
  readonly jobTemplates: readonly JobTemplateDTO[];
}

/** `JobTemplateResponse`. */
export interface JobTemplateResponse {
  readonly code: 0;
  readonly jobTemplate: JobTemplateDTO;
}

/** `MetalakeListResponse`. */
export interface MetalakeListResponse {
  readonly code: 0;
  readonly metalakes: readonly MetalakeDTO[];
}

/** `MetalakeResponse`. */
export interface MetalakeResponse {
  readonly code: 0;
  readonly metalake: MetalakeDTO;
}
