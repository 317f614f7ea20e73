/**
 * The metalakes the emulator serves. Shares of jobs are skewed the way a real deployment is:
 * production runs most jobs, one metalake has templates registered but has never run a job.
 */
export interface MetalakeBlueprint {
  readonly name: string;
  readonly comment?: string;
  readonly creator: string;
  /** Values substituted into template blueprints (`{bucket}`, `{env}`, `{catalog}`). */
  readonly env: string;
  readonly bucket: string;
  readonly catalog: string;
  readonly properties: Readonly<Record<string, string>>;
  /** Share of the scale's job total; 0 means templates but no runs. */
  readonly jobShare: number;
  readonly shellTemplates: number;
  readonly sparkTemplates: number;
  /** Who runs jobs here, with relative weights. */
  readonly users: readonly (readonly [string, number])[];
}

/** Metalakes in creation (= list) order. */
export const METALAKE_BLUEPRINTS: readonly MetalakeBlueprint[] = [
  {
    name: 'prod_lake',
    comment: 'Production lakehouse: Iceberg tables on S3 behind the Hive metastore',
    creator: 'gravitino-admin',
    env: 'prod',
    bucket: 'acme-prod-lakehouse',
    catalog: 'iceberg_prod',
    properties: { 'in-use': 'true', env: 'prod', owner: 'data-platform', region: 'us-west-2' },
    jobShare: 0.55,
    shellTemplates: 5,
    sparkTemplates: 6,
    users: [
      ['airflow', 8],
      ['etl-service', 5],
      ['alice', 2],
      ['carol', 1],
      ['anonymous', 1],
    ],
  },
  {
    name: 'analytics',
    comment: 'BI marts and ad-hoc analytics',
    creator: 'alice',
    env: 'analytics',
    bucket: 'acme-analytics-marts',
    catalog: 'hive_marts',
    properties: { 'in-use': 'true', env: 'prod', owner: 'analytics-eng', region: 'us-west-2' },
    jobShare: 0.3,
    shellTemplates: 3,
    sparkTemplates: 5,
    users: [
      ['superset-svc', 4],
      ['alice', 3],
      ['erin', 2],
      ['airflow', 3],
    ],
  },
  {
    name: 'dev_lake',
    comment: 'Development sandbox for the data platform team',
    creator: 'bob',
    env: 'dev',
    bucket: 'acme-dev-lakehouse',
    catalog: 'iceberg_dev',
    properties: { 'in-use': 'true', env: 'dev', owner: 'data-platform' },
    jobShare: 0.15,
    shellTemplates: 4,
    sparkTemplates: 3,
    users: [
      ['bob', 4],
      ['dave', 3],
      ['anonymous', 2],
    ],
  },
  {
    name: 'archive_lake',
    creator: 'gravitino-admin',
    env: 'archive',
    bucket: 'acme-cold-archive',
    catalog: 'hive_archive',
    properties: { 'in-use': 'true', env: 'prod', owner: 'data-platform', tier: 'cold' },
    jobShare: 0,
    shellTemplates: 1,
    sparkTemplates: 1,
    users: [['gravitino-admin', 1]],
  },
];
