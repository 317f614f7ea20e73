import type { GravitinoAudit } from './gravitino-audit';

/** The kinds of job template; UNKNOWN for a jobType a newer server may add (kept raw in `providerJobType`). */
export type GravitinoJobType = 'SHELL' | 'SPARK' | 'UNKNOWN';

/** What every Gravitino job template carries. Lists and maps the server omitted are empty. */
interface GravitinoJobTemplateFields {
  readonly instanceId: string;
  readonly metalake: string;
  readonly name: string;
  /** The wire `jobType`, unchanged. */
  readonly providerJobType: string;
  readonly comment: string | null;
  /** The command or main resource (script, JAR, Python file) the job runs. */
  readonly executable: string;
  /** Arguments, which may hold `{{placeholders}}` filled from the run's jobConf. */
  readonly arguments: readonly string[];
  readonly environments: Readonly<Record<string, string>>;
  readonly customFields: Readonly<Record<string, string>>;
  /** All-null fields when the server sent no audit. */
  readonly audit: GravitinoAudit;
}

/** A shell job template: the executable plus helper scripts. */
export interface GravitinoShellJobTemplate extends GravitinoJobTemplateFields {
  readonly jobType: 'SHELL';
  readonly scripts: readonly string[];
}

/** A Spark job template; `className` is null for PySpark. */
export interface GravitinoSparkJobTemplate extends GravitinoJobTemplateFields {
  readonly jobType: 'SPARK';
  readonly className: string | null;
  readonly jars: readonly string[];
  readonly files: readonly string[];
  readonly archives: readonly string[];
  readonly configs: Readonly<Record<string, string>>;
}

/** A template of a jobType this gateway does not know yet: only the common fields. */
export interface GravitinoUnknownJobTemplate extends GravitinoJobTemplateFields {
  readonly jobType: 'UNKNOWN';
}

/** A Gravitino job template, discriminated by `jobType`. */
export type GravitinoJobTemplate =
  GravitinoShellJobTemplate | GravitinoSparkJobTemplate | GravitinoUnknownJobTemplate;
