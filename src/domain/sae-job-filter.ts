import type { SaeJobState } from './sae-job-status';

/** One `Tags` filter entry; without a value it matches any template carrying the key. */
export interface SaeTagFilter {
  readonly key: string;
  readonly value?: string;
}

/** ListJobs' FieldType/FieldValue pair: a name fragment, or a set of AppIds. */
export type SaeFieldFilter =
  | { readonly type: 'appName'; readonly value: string }
  | { readonly type: 'appIds'; readonly value: readonly string[] };

/** Every documented ListJobs filter and order, typed. */
export interface SaeJobTemplateFilter {
  /** AppName: the template name (SAE matches fragments). */
  readonly appName?: string;
  /** NamespaceId, e.g. `cn-beijing:demo`. */
  readonly namespaceId?: string;
  /** Tags: every entry must be on the template. */
  readonly tags?: readonly SaeTagFilter[];
  /** OrderBy: running instances, or target instances. */
  readonly orderBy?: 'running' | 'instances';
  /** Reverse: true sorts ascending, false (SAE's default) descending, as the doc defines it. */
  readonly ascending?: boolean;
  /** FieldType + FieldValue. */
  readonly field?: SaeFieldFilter;
}

/** DescribeJobHistory's filter. */
export interface SaeJobExecutionFilter {
  /** State: "0" not run, "1" succeeded, "2" failed, "3" running (see saeStateForStatus). */
  readonly state?: SaeJobState;
}
