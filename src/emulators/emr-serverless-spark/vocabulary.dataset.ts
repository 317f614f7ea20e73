// Value pools the EMR Serverless Spark dataset draws from. Plain data, so the generator code
// stays about shapes and distributions rather than literals.
import type { JobRunState } from './job-run.wire';

/** Regions with their relative share of workspaces; the first five are always represented. */
export const REGIONS: readonly (readonly [string, number])[] = [
  ['cn-hangzhou', 30],
  ['cn-shanghai', 20],
  ['cn-beijing', 15],
  ['ap-southeast-1', 10],
  ['us-east-1', 8],
  ['cn-shenzhen', 10],
  ['eu-central-1', 7],
];

/** Workspace name stems (the doc's own example is a Chinese name). */
export const WORKSPACE_NAMES: readonly string[] = [
  'spark-batch-prod',
  'data-platform-dev',
  'spark批作业空间',
  'risk-modeling',
  'bi-reporting',
  'streaming-ingest',
  'ml-feature-store',
  'adhoc-analytics',
  'growth-experiments',
  'finance-dw',
  'log-analytics',
  'recsys-offline',
  'sandbox',
  'dw-migration-test',
  'iot-telemetry',
  'marketing-attribution',
  '数据湖分析',
];

/** Resource specs a workspace can be bought with. */
export const RESOURCE_SPECS: readonly string[] = [
  '8cu',
  '16cu',
  '32cu',
  '64cu',
  '100cu',
  '200cu',
  '500cu',
  '1000cu',
];

/** Resource queue names; `root_queue` exists in every workspace. */
export const QUEUES: readonly string[] = [
  'dev_queue',
  'prod_queue',
  'etl_queue',
  'streaming_queue',
  'adhoc_queue',
];

/** Workspace tag pool (`{tagKey, tagValue}` on the wire). */
export const WORKSPACE_TAGS: readonly (readonly [string, string])[] = [
  ['env', 'prod'],
  ['env', 'dev'],
  ['env', 'staging'],
  ['team', 'data-platform'],
  ['team', 'risk'],
  ['team', 'growth'],
  ['costCenter', 'cc-2031'],
  ['costCenter', 'cc-1024'],
  ['owner', 'bigdata-sre'],
];

/** Job run tag pool (`{key, value}` on the wire); workflow runs also carry `workflowId`. */
export const RUN_TAGS: readonly (readonly [string, string])[] = [
  ['env', 'prod'],
  ['env', 'dev'],
  ['team', 'data-platform'],
  ['team', 'bi'],
  ['team', 'risk'],
  ['team', 'recsys'],
  ['layer', 'ods'],
  ['layer', 'dwd'],
  ['layer', 'ads'],
  ['sla', 'p0'],
  ['sla', 'p2'],
];

/** Engine versions: releaseVersion, displayReleaseVersion and whether Fusion (Native Runtime) is on. */
export const RELEASE_VERSIONS: readonly (readonly [string, string, boolean])[] = [
  ['esr-4.1.1 (Spark 3.5.2, Scala 2.12, Native Runtime)', 'esr-4.1.1 (Spark 3.5.2, Scala 2.12)', true],
  ['esr-4.1.1 (Spark 3.5.2, Scala 2.12, Java Runtime)', 'esr-4.1.1 (Spark 3.5.2, Scala 2.12)', false],
  ['esr-3.0.0 (Spark 3.4.3, Scala 2.12, Native Runtime)', 'esr-3.0.0 (Spark 3.4.3, Scala 2.12)', true],
  ['esr-2.4.0 (Spark 3.3.1, Scala 2.12, Native Runtime)', 'esr-2.4.0 (Spark 3.3.1, Scala 2.12)', true],
  ['esr-2.4.0 (Spark 3.3.1, Scala 2.12, Java Runtime)', 'esr-2.4.0 (Spark 3.3.1, Scala 2.12)', false],
  ['esr-5.0.0 (Spark 4.0.0, Scala 2.13, Java Runtime)', 'esr-5.0.0 (Spark 4.0.0, Scala 2.13)', false],
];

/** Batch job name stems; a workspace's jobs are stems plus a cadence suffix. */
export const BATCH_JOB_NAMES: readonly string[] = [
  'ods_orders_sync',
  'dwd_user_behavior',
  'ads_gmv_report',
  'feature_engineering',
  'user_profile_build',
  'log_cleaning',
  'hudi_compaction',
  'iceberg_rewrite_files',
  'ml_training_data_prep',
  'sessionization',
  'risk_score_batch',
  'recommendation_candidates',
  'dim_product_snapshot',
  'ad_click_attribution',
  'inventory_reconcile',
  'clickstream_enrich',
  'tpcds_benchmark',
  'emr-spark-demo-job',
  '订单宽表',
];

/** Cadence suffixes for batch job names. */
export const JOB_SUFFIXES: readonly string[] = ['_daily', '_hourly', '_weekly', '_backfill', '_v2', ''];

/** Streaming job name stems (their runs belong to a job run deployment). */
export const STREAMING_JOB_NAMES: readonly string[] = [
  'kafka_to_paimon_orders',
  'realtime_pv_uv',
  'cdc_mysql_to_hudi',
  'fraud_alert_stream',
  'iot_metrics_ingest',
];

/** Per-state `{code, message}` pools for job run state changes. */
export const RUN_STATE_REASONS: Readonly<Record<JobRunState, readonly (readonly [string, string])[]>> = {
  Submitted: [['0', '']],
  Pending: [
    ['0', ''],
    ['0', 'Waiting for resources in queue'],
  ],
  Running: [['0', '']],
  Success: [['0', '']],
  Failed: [
    ['1', 'java.lang.OutOfMemoryError: Java heap space'],
    ['1', 'org.apache.spark.sql.AnalysisException: Table or view not found: ods.orders_di'],
    ['1', 'connection refused'],
    ['1', 'Job aborted due to stage failure: Task 12 in stage 3.0 failed 4 times'],
    ['1', 'Python worker exited unexpectedly (crashed)'],
    ['2', 'Execution timeout exceeded'],
    ['3', 'OSS access denied: the RAM role lacks oss:GetObject'],
  ],
  Cancelling: [['0', 'Cancel requested by user']],
  Cancelled: [
    ['0', 'Cancelled by user'],
    ['0', 'Cancelled by workflow scheduler'],
  ],
  CancelFailed: [['1', 'Failed to kill the driver pod: timeout']],
};

/** Spark configuration overrides a job may carry. */
export const CONFIGURATIONS: readonly (readonly [string, string, string])[] = [
  ['common.conf', 'hive.metastore.type', 'DLF'],
  ['common.conf', 'hive.metastore.type', 'USER_RDS'],
  ['spark-defaults.conf', 'spark.sql.shuffle.partitions', '400'],
  ['spark-defaults.conf', 'spark.sql.adaptive.enabled', 'true'],
  ['spark-defaults.conf', 'spark.dynamicAllocation.enabled', 'true'],
  [
    'spark-defaults.conf',
    'spark.sql.extensions',
    'org.apache.paimon.spark.extensions.PaimonSparkSessionExtensions',
  ],
];
