// Vocabulary the SAE dataset draws from. Kept apart from the generator so the generator reads
// as the distribution it implements.

/** A namespace with its relative share of templates (0 = exists but holds none). */
export interface SaeNamespaceSeed {
  readonly namespaceId: string;
  readonly regionId: string;
  /** Timezone written into cron triggers of this namespace, in SAE's "GMT+8:00" spelling. */
  readonly timezone: string;
  readonly weight: number;
}

/** Namespaces across regions. A bare region id is that region's default namespace, as in SAE. */
export const SAE_NAMESPACES: readonly SaeNamespaceSeed[] = [
  { namespaceId: 'cn-hangzhou', regionId: 'cn-hangzhou', timezone: 'GMT+8:00', weight: 2 },
  { namespaceId: 'cn-hangzhou:prod', regionId: 'cn-hangzhou', timezone: 'GMT+8:00', weight: 6 },
  { namespaceId: 'cn-hangzhou:staging', regionId: 'cn-hangzhou', timezone: 'GMT+8:00', weight: 2 },
  { namespaceId: 'cn-hangzhou:dev', regionId: 'cn-hangzhou', timezone: 'GMT+8:00', weight: 3 },
  { namespaceId: 'cn-shanghai:prod', regionId: 'cn-shanghai', timezone: 'GMT+8:00', weight: 4 },
  { namespaceId: 'cn-shanghai:dev', regionId: 'cn-shanghai', timezone: 'GMT+8:00', weight: 2 },
  { namespaceId: 'cn-beijing:demo', regionId: 'cn-beijing', timezone: 'GMT+8:00', weight: 2 },
  { namespaceId: 'cn-beijing:prod', regionId: 'cn-beijing', timezone: 'GMT+8:00', weight: 2 },
  { namespaceId: 'cn-shenzhen:data', regionId: 'cn-shenzhen', timezone: 'GMT+8:00', weight: 1 },
  { namespaceId: 'ap-southeast-1:prod', regionId: 'ap-southeast-1', timezone: 'GMT+8:00', weight: 1 },
  { namespaceId: 'us-west-1:analytics', regionId: 'us-west-1', timezone: 'GMT-7:00', weight: 1 },
  { namespaceId: 'cn-zhangjiakou:sandbox', regionId: 'cn-zhangjiakou', timezone: 'GMT+8:00', weight: 0 },
];

/** Business domains that prefix template names. */
export const SAE_DOMAINS = [
  'order',
  'user',
  'payment',
  'search',
  'ads',
  'risk',
  'crm',
  'warehouse',
  'analytics',
  'growth',
] as const;

/** What a job does: name suffix and a description fragment. */
export const SAE_PURPOSES: readonly (readonly [suffix: string, description: string])[] = [
  ['etl', 'Loads the previous window of events into the warehouse'],
  ['daily-report', 'Builds the daily report and mails it to the owners'],
  ['sync', 'Synchronizes records with the upstream system'],
  ['backup', 'Backs up the database to OSS'],
  ['cleanup', 'Deletes expired temporary data'],
  ['billing', 'Computes usage-based billing items'],
  ['cache-warmup', 'Warms the cache before peak hours'],
  ['log-archive', 'Compresses and archives application logs'],
  ['data-export', 'Exports snapshots for partners'],
  ['metrics-rollup', 'Rolls up raw metrics into hourly aggregates'],
  ['email-digest', 'Sends the digest email'],
  ['model-retrain', 'Retrains the ranking model on fresh data'],
  ['feature-refresh', 'Refreshes online features from the offline store'],
  ['index-rebuild', 'Rebuilds the search index'],
  ['db-vacuum', 'Vacuums and analyzes the database'],
  ['reconcile', 'Reconciles ledger entries against the bank statement'],
  ['webhook-replay', 'Replays failed webhooks on demand'],
  ['churn-score', 'Scores users for churn risk'],
];

/** Teams that own templates (tag values and image namespaces). */
export const SAE_TEAMS = ['data-platform', 'growth', 'payments', 'search', 'infra', 'ml'] as const;

/** Owners used in `owner` tags. */
export const SAE_OWNERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace'] as const;

/** Service tiers used in `tier` tags. */
export const SAE_TIERS = ['critical', 'standard', 'best-effort'] as const;

/** The documented Cpu (millicores) / Mem (MB) pairs, weighted towards small jobs. */
export const SAE_SPECS: readonly (readonly [readonly [cpu: number, mem: number], number])[] = [
  [[500, 1024], 6],
  [[500, 2048], 4],
  [[1000, 2048], 6],
  [[1000, 4096], 4],
  [[2000, 4096], 4],
  [[2000, 8192], 3],
  [[4000, 8192], 2],
  [[4000, 16384], 1],
  [[8000, 16384], 1],
  [[8000, 65536], 0.3],
  [[16000, 32768], 0.3],
  [[32000, 65536], 0.2],
  [[32000, 131072], 0.1],
];

/** Messages of failed executions, as the Kubernetes Job conditions underneath SAE word them. */
export const SAE_FAILURE_MESSAGES = [
  'BackoffLimitExceeded: Job has reached the specified backoff limit',
  'DeadlineExceeded: Job was active longer than specified deadline',
  'OOMKilled: container exceeded its memory limit',
  'Error: container exited with code 1',
] as const;

/** Message of an execution created but not scheduled yet. */
export const SAE_PENDING_MESSAGE = 'Pending: waiting for resources to be scheduled';

/** Messages of templates whose last change order failed. */
export const SAE_CHANGE_ORDER_FAILURES = [
  'Deployment failed: image pull back-off',
  'Deployment failed: insufficient vSwitch IP addresses',
] as const;
