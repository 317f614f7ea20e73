/**
 * Job template blueprint types. Blueprints are modelled on what teams register in Gravitino's job system: table
 * maintenance and ops scripts as shell templates, ETL and maintenance as Spark templates.
 * `{bucket}`, `{env}` and `{catalog}` are filled per metalake; `{{x}}` are Gravitino's own
 * placeholders, replaced from `jobConf` at run time, so they stay verbatim on the wire.
 */

/** Content shared by both template kinds. */
interface BlueprintBase {
  readonly name: string;
  readonly comment: string;
  readonly executable: string;
  readonly arguments: readonly string[];
  readonly environments: Readonly<Record<string, string>>;
  readonly customFields: Readonly<Record<string, string>>;
  /** Typical run time range in seconds (log-uniform). */
  readonly runSeconds: readonly [number, number];
}

/** A shell template blueprint. */
export interface ShellBlueprint extends BlueprintBase {
  readonly jobType: 'shell';
  readonly scripts: readonly string[];
}

/** A Spark template blueprint; no className for PySpark. */
export interface SparkBlueprint extends BlueprintBase {
  readonly jobType: 'spark';
  readonly className?: string;
  readonly jars: readonly string[];
  readonly files: readonly string[];
  readonly archives: readonly string[];
  readonly configs: Readonly<Record<string, string>>;
}
