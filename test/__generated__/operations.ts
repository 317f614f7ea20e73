// GENERATED FILE: do not edit. Written by `npm run codegen` from codegen.yml; test/codegen.test.ts fails on drift.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** Floats that will have a value of 0 or more. */
  NonNegativeFloat: { input: number; output: number; }
  /** Integers that will have a value of 0 or more. */
  NonNegativeInt: { input: number; output: number; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** The advanced Spark configurations of an EMR Serverless Spark job run (`configurationOverrides`; GetJobRun only). */
export type EmrConfigurationOverrides = {
  readonly __typename?: 'EmrConfigurationOverrides';
  /** The Spark configurations (`configurations`). */
  readonly configurations: ReadonlyArray<EmrSparkConfiguration>;
};

/** The Spark driver of an EMR Serverless Spark job run (`jobDriver`; GetJobRun only). */
export type EmrJobDriver = {
  readonly __typename?: 'EmrJobDriver';
  /** The spark-submit section (`sparkSubmit`). */
  readonly sparkSubmit?: Maybe<EmrSparkSubmit>;
};

/** An EMR Serverless Spark job run's own state (`state`), as documented for ListJobRuns. */
export enum EmrJobRunState {
  /** `Cancelled`: the job was cancelled. */
  CANCELLED = 'CANCELLED',
  /** `Cancelling`: the job is being cancelled. */
  CANCELLING = 'CANCELLING',
  /** `CancelFailed`: the job could not be cancelled. */
  CANCEL_FAILED = 'CANCEL_FAILED',
  /** `Failed`: the job failed. */
  FAILED = 'FAILED',
  /** `Pending`: the job is waiting for resources. */
  PENDING = 'PENDING',
  /** `Running`: the job is running. */
  RUNNING = 'RUNNING',
  /** `Submitted`: the job is submitted. */
  SUBMITTED = 'SUBMITTED',
  /** `Success`: the job succeeded. */
  SUCCESS = 'SUCCESS'
}

/** A `{key, value}` pair an EMR Serverless Spark list filter must match. */
export type EmrKeyValueInput = {
  /** The key; must not be empty. */
  readonly key: Scalars['String']['input'];
  /** The value. */
  readonly value: Scalars['String']['input'];
};

/** A resource amount of a subscription quota. EMR sends it as a JSON string such as `{"cpu":"1","memory":"4Gi","cu":"1"}`; the quantities stay Kubernetes-style strings because units vary ("4Gi", "500m"). */
export type EmrQuotaResources = {
  readonly __typename?: 'EmrQuotaResources';
  /** vCPU cores (`cpu`), e.g. "1". */
  readonly cpu?: Maybe<Scalars['String']['output']>;
  /** Compute units (`cu`; 1 CU = 1 vCPU + 4 GiB), e.g. "1". */
  readonly cu?: Maybe<Scalars['String']['output']>;
  /** Memory (`memory`), e.g. "4Gi". */
  readonly memory?: Maybe<Scalars['String']['output']>;
  /** Whether `raw` parsed as a JSON object; when false, cpu, memory and cu are null. */
  readonly parsed: Scalars['Boolean']['output'];
  /** The string exactly as EMR sent it. */
  readonly raw: Scalars['String']['output'];
};

/** One advanced Spark configuration of an EMR Serverless Spark job run (a Configuration). */
export type EmrSparkConfiguration = {
  readonly __typename?: 'EmrSparkConfiguration';
  /** The file the item belongs to (`configFileName`), e.g. spark-defaults.conf. */
  readonly configFileName?: Maybe<Scalars['String']['output']>;
  /** The configuration key (`configItemKey`). */
  readonly configItemKey?: Maybe<Scalars['String']['output']>;
  /** The configuration value (`configItemValue`). */
  readonly configItemValue?: Maybe<Scalars['String']['output']>;
};

/** How an EMR Serverless Spark job run was submitted (`jobDriver.sparkSubmit`). */
export type EmrSparkSubmit = {
  readonly __typename?: 'EmrSparkSubmit';
  /** The main jar, py or sql file, an OSS path (`entryPoint`). */
  readonly entryPoint?: Maybe<Scalars['String']['output']>;
  /** Arguments passed to the entry point (`entryPointArguments`). */
  readonly entryPointArguments: ReadonlyArray<Scalars['String']['output']>;
  /** spark-submit command-line flags, as one string (`sparkSubmitParameters`), e.g. "--conf spark.app.name=test". */
  readonly sparkSubmitParameters?: Maybe<Scalars['String']['output']>;
};

/** Why an EMR Serverless Spark workspace or job run last changed state (`stateChangeReason`). */
export type EmrStateChangeReason = {
  readonly __typename?: 'EmrStateChangeReason';
  /** The error code (`code`), e.g. "0". */
  readonly code?: Maybe<Scalars['String']['output']>;
  /** The error message (`message`), e.g. "connection refused". */
  readonly message?: Maybe<Scalars['String']['output']>;
};

/** A tag of an EMR Serverless Spark resource. Workspaces send `{tagKey, tagValue}` and job runs `{key, value}`; both read as `{key, value}` here. */
export type EmrTag = {
  readonly __typename?: 'EmrTag';
  /** Tag key (`tagKey` / `key`). */
  readonly key: Scalars['String']['output'];
  /** Tag value (`tagValue` / `value`); empty when the tag has none. */
  readonly value: Scalars['String']['output'];
};

/** Audit information Gravitino keeps for a metalake, job template or job. A field is null when the server sent no value (it omits `lastModifier`/`lastModifiedTime` until the entity is changed). */
export type GravitinoAudit = {
  readonly __typename?: 'GravitinoAudit';
  /** When the entity was created (microseconds truncated to milliseconds). */
  readonly createTime?: Maybe<Scalars['DateTime']['output']>;
  /** The user who created the entity (`anonymous` under simple auth without a user). */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** When the entity was last modified; null if it was never modified. */
  readonly lastModifiedTime?: Maybe<Scalars['DateTime']['output']>;
  /** The user who last modified the entity; null if it was never modified. */
  readonly lastModifier?: Maybe<Scalars['String']['output']>;
};

/** One run of a Gravitino job template in a metalake (Gravitino `Job`). Gravitino keeps jobs per metalake and lists them whole. */
export type GravitinoJob = Job & Node & {
  readonly __typename?: 'GravitinoJob';
  /** Who created and last modified the job, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** When the job was queued (`queuedAt`, which Gravitino documents as the creation time); from the audit on servers that do not send `queuedAt` (v1.3.0). */
  readonly createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user who ran the job (`audit.creator`). */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** Milliseconds from startedAt to finishedAt; null unless both are known. */
  readonly durationMs?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** When the job finished executing, whatever the outcome (`finishedAt`); null until it finishes. */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id: enough to refetch this job with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The id of the configured Gravitino instance (server) the job came from. */
  readonly instance: Scalars['String']['output'];
  /** Gravitino's own unique id of the job, `job-<number>`. */
  readonly jobId: Scalars['String']['output'];
  /** The name of the job template the job was created from (`jobTemplateName`). */
  readonly jobTemplateName: Scalars['String']['output'];
  /** The metalake the job belongs to. */
  readonly metalake: Scalars['String']['output'];
  /** A run has no name of its own: the name of the job template it ran (the jobId if the server sent none). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Always GRAVITINO. */
  readonly provider: Provider;
  /** The status exactly as Gravitino sent it (`queued`, `started`, `succeeded`, `failed`, `cancelling`, `cancelled`). */
  readonly providerStatus: Scalars['String']['output'];
  /** `queuedAt` as sent: when the job was queued for execution. Null on servers that do not send it (v1.3.0). */
  readonly queuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the job started executing (`startedAt`); null until it starts. */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The status, normalized: queued → PENDING, started → RUNNING, cancelling → CANCELLING, cancelled (or canceled) → CANCELLED. */
  readonly status: JobStatus;
  /** The job template the job was created from; null if the template has since been deleted (or renamed). Lookups of one metalake are batched into one call. */
  readonly template?: Maybe<GravitinoJobTemplate>;
};

/** A page of the jobs of one Gravitino metalake (Relay connection). */
export type GravitinoJobConnection = {
  readonly __typename?: 'GravitinoJobConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<GravitinoJobEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<GravitinoJob>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Jobs per status over the whole list after the upstream filters (template, time bounds) and BEFORE `statuses`, every status present even at zero: facet counts for a status picker. `totalCount` counts after `statuses`. */
  readonly statusCounts: ReadonlyArray<GravitinoJobStatusCount>;
  /** Whether the server sent `statusCounts` or the gateway counted them. */
  readonly statusCountsSource: GravitinoStatusCountsSource;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One GravitinoJob and the cursor that resumes the list right after it. */
export type GravitinoJobEdge = {
  readonly __typename?: 'GravitinoJobEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The GravitinoJob; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<GravitinoJob>;
};

/** Filters of a Gravitino job list: every listJobs filter, plus statuses. Time bounds are inclusive. */
export type GravitinoJobFilter = {
  /** Only jobs finished at or after this instant; unfinished jobs are excluded (`finishedAfter`). */
  readonly finishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs of this job template (listJobs `jobTemplateName`); an unknown template is an error (NOT_FOUND). */
  readonly jobTemplateName?: InputMaybe<Scalars['String']['input']>;
  /** Only jobs queued at or after this instant (listJobs `queuedAfter`). */
  readonly queuedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs started at or after this instant; jobs not started yet are excluded (`startedAfter`). */
  readonly startedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs with one of these statuses. Gravitino has no status filter: the gateway filters the list, so `statusCounts` still counts every status. */
  readonly statuses?: InputMaybe<ReadonlyArray<JobStatus>>;
};

/** The order of a Gravitino job list, applied by the server. Default: newest queued first. */
export type GravitinoJobOrder = {
  /** The direction; DESC when omitted. */
  readonly direction?: InputMaybe<GravitinoOrderDirection>;
  /** The time to sort by; QUEUED_AT when omitted. */
  readonly field?: InputMaybe<GravitinoJobOrderField>;
};

/** The time Gravitino sorts jobs by (listJobs `sortBy`). Jobs without that time come last in either direction. */
export enum GravitinoJobOrderField {
  /** `finishedAt`, when the job finished. */
  FINISHED_AT = 'FINISHED_AT',
  /** `queuedAt`, when the job was queued (the server default). */
  QUEUED_AT = 'QUEUED_AT',
  /** `startedAt`, when the job started. */
  STARTED_AT = 'STARTED_AT'
}

/** Filters of the jobs of one Gravitino job template. Time bounds are inclusive. */
export type GravitinoJobRunFilter = {
  /** Only jobs finished at or after this instant; unfinished jobs are excluded (`finishedAfter`). */
  readonly finishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs queued at or after this instant (listJobs `queuedAfter`). */
  readonly queuedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs started at or after this instant; jobs not started yet are excluded (`startedAfter`). */
  readonly startedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs with one of these statuses. Gravitino has no status filter: the gateway filters the list, so `statusCounts` still counts every status. */
  readonly statuses?: InputMaybe<ReadonlyArray<JobStatus>>;
};

/** How many jobs of a list have one status. */
export type GravitinoJobStatusCount = {
  readonly __typename?: 'GravitinoJobStatusCount';
  /** Number of jobs with this status. */
  readonly count: Scalars['NonNegativeInt']['output'];
  /** The status as Gravitino names it in `statusCounts` (`queued`, `started`, `succeeded`, `failed`, `cancelling`, `cancelled`). */
  readonly providerStatus: Scalars['String']['output'];
  /** The status, normalized. */
  readonly status: JobStatus;
};

/** A job template registered in a Gravitino metalake (`JobTemplate`, discriminated by `jobType`): what a job runs. Jobs are created from templates by name. */
export type GravitinoJobTemplate = {
  /** The arguments of the job, which may hold `{{placeholders}}` filled from the job configuration at run time. Empty if none. */
  readonly arguments: ReadonlyArray<Scalars['String']['output']>;
  /** Who registered and last changed the template, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** A comment about the job template. */
  readonly comment?: Maybe<Scalars['String']['output']>;
  /** Custom fields of the template: a free-form string-to-string map (secret-looking values are redacted). */
  readonly customFields: Scalars['JSONObject']['output'];
  /** Environment variables set for the job: a string-to-string map (values may hold placeholders; secret-looking values are redacted). */
  readonly environments: Scalars['JSONObject']['output'];
  /** The executable of the job: a script or binary for shell jobs, the main JAR or Python file for Spark jobs. */
  readonly executable: Scalars['String']['output'];
  /** Opaque global id: enough to refetch this template with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The id of the configured Gravitino instance (server) the template came from. */
  readonly instance: Scalars['String']['output'];
  /** The type of the job template, normalized. */
  readonly jobType: GravitinoJobType;
  /** The jobs created from this template (listJobs `jobTemplateName`), newest queued first unless `orderBy` says otherwise. */
  readonly jobs: GravitinoJobConnection;
  /** The metalake the template is registered in. */
  readonly metalake: Scalars['String']['output'];
  /** The name of the job template, unique in its metalake. */
  readonly name: Scalars['String']['output'];
  /** The `jobType` exactly as Gravitino sent it (`shell`, `spark`). */
  readonly providerJobType: Scalars['String']['output'];
};


/** A job template registered in a Gravitino metalake (`JobTemplate`, discriminated by `jobType`): what a job runs. Jobs are created from templates by name. */
export type GravitinoJobTemplateJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GravitinoJobOrder>;
};

/** A page of the job templates of one Gravitino metalake, in registration order (Relay connection). */
export type GravitinoJobTemplateConnection = {
  readonly __typename?: 'GravitinoJobTemplateConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<GravitinoJobTemplateEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<GravitinoJobTemplate>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One GravitinoJobTemplate and the cursor that resumes the list right after it. */
export type GravitinoJobTemplateEdge = {
  readonly __typename?: 'GravitinoJobTemplateEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The GravitinoJobTemplate; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<GravitinoJobTemplate>;
};

/** A Gravitino job template's `jobType`. The server's own spelling is in `providerJobType`. */
export enum GravitinoJobType {
  /** `shell`: runs an executable (a script or binary) with helper scripts. */
  SHELL = 'SHELL',
  /** `spark`: submits a Spark application (a JAR with a main class, or a PySpark file). */
  SPARK = 'SPARK',
  /** A job type this gateway does not know yet (a newer server); only the common fields are read. */
  UNKNOWN = 'UNKNOWN'
}

/** A Gravitino metalake this gateway is configured to read: the top-level container of job templates and jobs on a Gravitino server. */
export type GravitinoMetalake = {
  readonly __typename?: 'GravitinoMetalake';
  /** Who created and last changed the metalake, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** A comment about the metalake. */
  readonly comment?: Maybe<Scalars['String']['output']>;
  /** The id of the configured Gravitino instance (server) the metalake is on. */
  readonly instance: Scalars['String']['output'];
  /** The job templates of this metalake, in registration order. */
  readonly jobTemplates: GravitinoJobTemplateConnection;
  /** The jobs of this metalake; the same list as `gravitinoJobs`. */
  readonly jobs: GravitinoJobConnection;
  /** The name of the metalake, unique on its server. */
  readonly name: Scalars['String']['output'];
  /** Properties of the metalake: a free-form string-to-string map (for example `in-use`). */
  readonly properties: Scalars['JSONObject']['output'];
};


/** A Gravitino metalake this gateway is configured to read: the top-level container of job templates and jobs on a Gravitino server. */
export type GravitinoMetalakeJobTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A Gravitino metalake this gateway is configured to read: the top-level container of job templates and jobs on a Gravitino server. */
export type GravitinoMetalakeJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GravitinoJobOrder>;
};

/** A page of the configured Gravitino metalakes, instance by instance in config order (Relay connection). */
export type GravitinoMetalakeConnection = {
  readonly __typename?: 'GravitinoMetalakeConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<GravitinoMetalakeEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<GravitinoMetalake>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One GravitinoMetalake and the cursor that resumes the list right after it. */
export type GravitinoMetalakeEdge = {
  readonly __typename?: 'GravitinoMetalakeEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The GravitinoMetalake; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<GravitinoMetalake>;
};

/** Filters of the configured Gravitino metalakes. */
export type GravitinoMetalakeFilter = {
  /** Only metalakes of these configured Gravitino instance ids. */
  readonly instances?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/** Sort direction (listJobs `sortOrder`). */
export enum GravitinoOrderDirection {
  /** `asc`: oldest first. */
  ASC = 'ASC',
  /** `desc`: newest first (the server default). */
  DESC = 'DESC'
}

/** A Gravitino shell job template: runs `executable` with `arguments`, with helper `scripts` alongside. */
export type GravitinoShellJobTemplate = GravitinoJobTemplate & Node & {
  readonly __typename?: 'GravitinoShellJobTemplate';
  /** The arguments of the job, which may hold `{{placeholders}}` filled from the job configuration at run time. Empty if none. */
  readonly arguments: ReadonlyArray<Scalars['String']['output']>;
  /** Who registered and last changed the template, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** A comment about the job template. */
  readonly comment?: Maybe<Scalars['String']['output']>;
  /** Custom fields of the template: a free-form string-to-string map (secret-looking values are redacted). */
  readonly customFields: Scalars['JSONObject']['output'];
  /** Environment variables set for the job: a string-to-string map (values may hold placeholders; secret-looking values are redacted). */
  readonly environments: Scalars['JSONObject']['output'];
  /** The executable of the job: a script or binary for shell jobs, the main JAR or Python file for Spark jobs. */
  readonly executable: Scalars['String']['output'];
  /** Opaque global id: enough to refetch this template with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The id of the configured Gravitino instance (server) the template came from. */
  readonly instance: Scalars['String']['output'];
  /** The type of the job template, normalized. */
  readonly jobType: GravitinoJobType;
  /** The jobs created from this template (listJobs `jobTemplateName`), newest queued first unless `orderBy` says otherwise. */
  readonly jobs: GravitinoJobConnection;
  /** The metalake the template is registered in. */
  readonly metalake: Scalars['String']['output'];
  /** The name of the job template, unique in its metalake. */
  readonly name: Scalars['String']['output'];
  /** The `jobType` exactly as Gravitino sent it (`shell`, `spark`). */
  readonly providerJobType: Scalars['String']['output'];
  /** Helper scripts shipped with the executable (`scripts`). Empty if none. */
  readonly scripts: ReadonlyArray<Scalars['String']['output']>;
};


/** A Gravitino shell job template: runs `executable` with `arguments`, with helper `scripts` alongside. */
export type GravitinoShellJobTemplateJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GravitinoJobOrder>;
};

/** A Gravitino Spark job template: submits `executable` (a JAR or Python file) as a Spark application. */
export type GravitinoSparkJobTemplate = GravitinoJobTemplate & Node & {
  readonly __typename?: 'GravitinoSparkJobTemplate';
  /** Archives extracted into the working directory of each executor (`archives`). Empty if none. */
  readonly archives: ReadonlyArray<Scalars['String']['output']>;
  /** The arguments of the job, which may hold `{{placeholders}}` filled from the job configuration at run time. Empty if none. */
  readonly arguments: ReadonlyArray<Scalars['String']['output']>;
  /** Who registered and last changed the template, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** The main class of the application (`className`): required for Java/Scala applications, null for PySpark. */
  readonly className?: Maybe<Scalars['String']['output']>;
  /** A comment about the job template. */
  readonly comment?: Maybe<Scalars['String']['output']>;
  /** Spark configuration properties: a string-to-string map (`configs`; secret-looking values are redacted). */
  readonly configs: Scalars['JSONObject']['output'];
  /** Custom fields of the template: a free-form string-to-string map (secret-looking values are redacted). */
  readonly customFields: Scalars['JSONObject']['output'];
  /** Environment variables set for the job: a string-to-string map (values may hold placeholders; secret-looking values are redacted). */
  readonly environments: Scalars['JSONObject']['output'];
  /** The executable of the job: a script or binary for shell jobs, the main JAR or Python file for Spark jobs. */
  readonly executable: Scalars['String']['output'];
  /** Files shipped to the working directory of each executor (`files`). Empty if none. */
  readonly files: ReadonlyArray<Scalars['String']['output']>;
  /** Opaque global id: enough to refetch this template with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The id of the configured Gravitino instance (server) the template came from. */
  readonly instance: Scalars['String']['output'];
  /** JAR files added to the classpath (`jars`). Empty if none. */
  readonly jars: ReadonlyArray<Scalars['String']['output']>;
  /** The type of the job template, normalized. */
  readonly jobType: GravitinoJobType;
  /** The jobs created from this template (listJobs `jobTemplateName`), newest queued first unless `orderBy` says otherwise. */
  readonly jobs: GravitinoJobConnection;
  /** The metalake the template is registered in. */
  readonly metalake: Scalars['String']['output'];
  /** The name of the job template, unique in its metalake. */
  readonly name: Scalars['String']['output'];
  /** The `jobType` exactly as Gravitino sent it (`shell`, `spark`). */
  readonly providerJobType: Scalars['String']['output'];
};


/** A Gravitino Spark job template: submits `executable` (a JAR or Python file) as a Spark application. */
export type GravitinoSparkJobTemplateJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GravitinoJobOrder>;
};

/** Where `statusCounts` came from. */
export enum GravitinoStatusCountsSource {
  /** Counted by the gateway over the listed jobs, exactly as the server counts: a v1.3.0 server sends none, and a template's runs may be split from one list of its metalake. */
  COUNTED = 'COUNTED',
  /** Sent by the server (`statusCounts` of listJobs). */
  UPSTREAM = 'UPSTREAM'
}

/** A Gravitino job template of a job type this gateway does not know yet (see `providerJobType`); only the fields every template has. */
export type GravitinoUnknownJobTemplate = GravitinoJobTemplate & Node & {
  readonly __typename?: 'GravitinoUnknownJobTemplate';
  /** The arguments of the job, which may hold `{{placeholders}}` filled from the job configuration at run time. Empty if none. */
  readonly arguments: ReadonlyArray<Scalars['String']['output']>;
  /** Who registered and last changed the template, and when (`audit`). */
  readonly audit: GravitinoAudit;
  /** A comment about the job template. */
  readonly comment?: Maybe<Scalars['String']['output']>;
  /** Custom fields of the template: a free-form string-to-string map (secret-looking values are redacted). */
  readonly customFields: Scalars['JSONObject']['output'];
  /** Environment variables set for the job: a string-to-string map (values may hold placeholders; secret-looking values are redacted). */
  readonly environments: Scalars['JSONObject']['output'];
  /** The executable of the job: a script or binary for shell jobs, the main JAR or Python file for Spark jobs. */
  readonly executable: Scalars['String']['output'];
  /** Opaque global id: enough to refetch this template with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The id of the configured Gravitino instance (server) the template came from. */
  readonly instance: Scalars['String']['output'];
  /** The type of the job template, normalized. */
  readonly jobType: GravitinoJobType;
  /** The jobs created from this template (listJobs `jobTemplateName`), newest queued first unless `orderBy` says otherwise. */
  readonly jobs: GravitinoJobConnection;
  /** The metalake the template is registered in. */
  readonly metalake: Scalars['String']['output'];
  /** The name of the job template, unique in its metalake. */
  readonly name: Scalars['String']['output'];
  /** The `jobType` exactly as Gravitino sent it (`shell`, `spark`). */
  readonly providerJobType: Scalars['String']['output'];
};


/** A Gravitino job template of a job type this gateway does not know yet (see `providerJobType`); only the fields every template has. */
export type GravitinoUnknownJobTemplateJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GravitinoJobOrder>;
};

/** A job run by any provider, with its status normalized. `Query.jobs` lists them all, newest first. */
export type Job = {
  /** When the job was submitted or created: the order of `Query.jobs`. */
  readonly createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who submitted it (a user id or name), where the provider says. */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** How long it ran, in milliseconds, when known. */
  readonly durationMs?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** When it finished, whatever the outcome. */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** The job's name as its provider shows it, when it has one. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Which provider ran it. */
  readonly provider: Provider;
  /** The provider's own status, unchanged. */
  readonly providerStatus: Scalars['String']['output'];
  /** When it started running, when the provider reports it. */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The status, normalized across providers. */
  readonly status: JobStatus;
};

/** Jobs of every provider, newest first (createdAt descending, then id). totalCount is null: a merged list has no cheap total. */
export type JobConnection = {
  readonly __typename?: 'JobConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<JobEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<Job>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** One entry per provider instance in scope: whether its jobs are all in this page. */
  readonly sources: ReadonlyArray<JobSource>;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Job and the cursor that resumes the list right after it. */
export type JobEdge = {
  readonly __typename?: 'JobEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The Job; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<Job>;
};

/** Narrows `jobs`; all given conditions must hold. */
export type JobFilter = {
  /** Only jobs created at or after this time. */
  readonly createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs created at or before this time. */
  readonly createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs whose name contains this text, ignoring case. */
  readonly nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only these providers. */
  readonly providers?: InputMaybe<ReadonlyArray<Provider>>;
  /** Only these Alibaba Cloud regions (e.g. cn-hangzhou); leaves Gravitino out. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Only jobs in one of these normalized statuses. */
  readonly statuses?: InputMaybe<ReadonlyArray<JobStatus>>;
};

/** One run of a Spark job in an EMR Serverless Spark workspace (ListJobRuns / GetJobRun). */
export type JobRun = Job & Node & {
  readonly __typename?: 'JobRun';
  /** The code type of the job (`codeType`): SQL, JAR or PYTHON. */
  readonly codeType?: Maybe<Scalars['String']['output']>;
  /** The advanced Spark configurations (`configurationOverrides`). GetJobRun only, like jobDriver. */
  readonly configurationOverrides?: Maybe<EmrConfigurationOverrides>;
  /** When the run was submitted (`submitTime`). */
  readonly createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** UID of the user who submitted the run: ListJobRuns `creator`, GetJobRun `resourceOwnerId` (the same value). */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** Compute units consumed, in CU-hours (`cuHours`): an estimate; the bill has the actual value. ListJobRuns only. */
  readonly cuHours?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** The engine version as the console shows it (`displayReleaseVersion`), e.g. "esr-3.0.0 (Spark 3.4.3, Scala 2.12)". */
  readonly displayReleaseVersion?: Maybe<Scalars['String']['output']>;
  /** endTime − submitTime in milliseconds, once the run has ended. */
  readonly durationMs?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** When the job ended (`endTime`); the same as finishedAt. */
  readonly endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The environment ID of the run (`environmentId`). GetJobRun only. */
  readonly environmentId?: Maybe<Scalars['String']['output']>;
  /** The timeout of the run, in seconds (`executionTimeoutSeconds`). */
  readonly executionTimeoutSeconds?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When the run ended (`endTime`); null while it has not. */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the Fusion engine accelerated the run (`fusion`). */
  readonly fusion?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** ID of the configured jobgraph instance (account + region) it was read from. */
  readonly instance: Scalars['String']['output'];
  /** The Spark driver spec (`jobDriver`). GetJobRun only: selecting it on a listed run costs one GetJobRun. */
  readonly jobDriver?: Maybe<EmrJobDriver>;
  /** The job run ID (`jobRunId`), EMR's own id, e.g. `jr-231231`. */
  readonly jobRunId: Scalars['String']['output'];
  /** Where the run's driver logs are (`log`). */
  readonly log?: Maybe<JobRunLog>;
  /** Memory in MB allocated × run time in seconds (`mbSeconds`). ListJobRuns only, like vcoreSeconds. */
  readonly mbSeconds?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The job name (`name`). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** The notebook URL of the run (`notebookAccessUrl`). GetJobRun only. */
  readonly notebookAccessUrl?: Maybe<Scalars['URL']['output']>;
  /** The run priority as EMR sends it, a numeric string such as "5" (`priority`; SDK field). */
  readonly priority?: Maybe<Scalars['String']['output']>;
  /** Always EMR_SERVERLESS_SPARK. */
  readonly provider: Provider;
  /** EMR's own state string (`state`) unchanged, e.g. Running; empty when EMR sent none. */
  readonly providerStatus: Scalars['String']['output'];
  /** Region of the configured EMR instance it was read from (e.g. `cn-hangzhou`). */
  readonly region: Scalars['String']['output'];
  /** The Spark engine version that ran the job (`releaseVersion`), e.g. "esr-3.0.0 (Spark 3.4.3, Scala 2.12, Native Runtime)". */
  readonly releaseVersion?: Maybe<Scalars['String']['output']>;
  /** The resource queue the run used (`resourceQueueId`), e.g. dev_queue. */
  readonly resourceQueueId?: Maybe<Scalars['String']['output']>;
  /** Always null: EMR reports when a run was submitted and when it ended, never when it began running. */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** EMR's own state (`state`); null when EMR sends a state it does not document (see providerStatus). */
  readonly state?: Maybe<EmrJobRunState>;
  /** The reason for the last state change (`stateChangeReason`). */
  readonly stateChangeReason?: Maybe<EmrStateChangeReason>;
  /** The state normalized: Submitted/Pending → PENDING, Running → RUNNING, Success → SUCCEEDED, Failed and CancelFailed → FAILED, Cancelling → CANCELLING, Cancelled → CANCELLED, anything else → UNKNOWN. */
  readonly status: JobStatus;
  /** When the job was submitted (`submitTime`); the same as createdAt. */
  readonly submitTime?: Maybe<Scalars['DateTime']['output']>;
  /** The tags of the run (`tags`), e.g. workflowId for workflow tasks. */
  readonly tags: ReadonlyArray<EmrTag>;
  /** vCores allocated × run time in seconds (`vcoreSeconds`). ListJobRuns only: on a refetched run it costs one filtered ListJobRuns. */
  readonly vcoreSeconds?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The Spark web UI of the run (`webUI`). */
  readonly webUI?: Maybe<Scalars['URL']['output']>;
  /** The workspace the run belongs to. Lookups of one request share one ListWorkspaces scan per region. */
  readonly workspace: Workspace;
  /** ID of the workspace the run belongs to (`workspaceId`). */
  readonly workspaceId: Scalars['String']['output'];
};

/** A page of an EMR Serverless Spark workspace's job runs. totalCount is ListJobRuns `totalCount` (runs matching the filter). */
export type JobRunConnection = {
  readonly __typename?: 'JobRunConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<JobRunEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<JobRun>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One JobRun and the cursor that resumes the list right after it. */
export type JobRunEdge = {
  readonly __typename?: 'JobRunEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The JobRun; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<JobRun>;
};

/** Which of a workspace's job runs to list (every ListJobRuns filter). All conditions must match. */
export type JobRunFilter = {
  /** Spark configurations the run must have (`applicationConfigs`), e.g. {key: "spark.app.name", value: "test"}. */
  readonly applicationConfigs?: InputMaybe<ReadonlyArray<EmrKeyValueInput>>;
  /** UID of the user who submitted the run (`creator`). */
  readonly creator?: InputMaybe<Scalars['String']['input']>;
  /** Ended at or after this time (`endTime.startTime`); runs that have not ended do not match. */
  readonly endedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ended at or before this time (`endTime.endTime`). */
  readonly endedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only workflow tasks (true) or only other runs (false) (`isWorkflow`). */
  readonly isWorkflow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Deployment ID of a streaming job (`jobRunDeploymentId`). */
  readonly jobRunDeploymentId?: InputMaybe<Scalars['String']['input']>;
  /** One job run ID (`jobRunId`). */
  readonly jobRunId?: InputMaybe<Scalars['String']['input']>;
  /** Minimum run time in milliseconds (`minDuration`). */
  readonly minDurationMs?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Job name (`name`). */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** The resource queue the run used (`resourceQueueId`). */
  readonly resourceQueueId?: InputMaybe<Scalars['String']['input']>;
  /** Runtime configurations the run must have (`runtimeConfigs`), e.g. {key: "mainClass", value: "yourClass"}. */
  readonly runtimeConfigs?: InputMaybe<ReadonlyArray<EmrKeyValueInput>>;
  /** EMR's own states (`states`); any of them matches. */
  readonly states?: InputMaybe<ReadonlyArray<EmrJobRunState>>;
  /** Normalized statuses, sent as the EMR states that make them up (FAILED → Failed, CancelFailed). With `states` too, a run must match both. */
  readonly statuses?: InputMaybe<ReadonlyArray<JobStatus>>;
  /** Submitted at or after this time (`startTime.startTime`). */
  readonly submittedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Submitted at or before this time (`startTime.endTime`). */
  readonly submittedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tags the run must all carry (`tags`). */
  readonly tags?: InputMaybe<ReadonlyArray<EmrKeyValueInput>>;
};

/** OSS paths of an EMR Serverless Spark job run's driver logs (`log`, a RunLog). */
export type JobRunLog = {
  readonly __typename?: 'JobRunLog';
  /** OSS path of the driver startup log (`driverStartup`). */
  readonly driverStartup?: Maybe<Scalars['String']['output']>;
  /** OSS path of the driver stderr (`driverStdError`). */
  readonly driverStdError?: Maybe<Scalars['String']['output']>;
  /** OSS path of the driver stdout (`driverStdOut`). */
  readonly driverStdOut?: Maybe<Scalars['String']['output']>;
  /** OSS path of the driver syslog (`driverSyslog`). */
  readonly driverSyslog?: Maybe<Scalars['String']['output']>;
};

/** One provider instance's part in this page of `jobs`: which of its sources were read and how they answered. */
export type JobSource = {
  readonly __typename?: 'JobSource';
  /** The first failure, when status is not OK. */
  readonly error?: Maybe<JobSourceError>;
  /** The configured instance id. */
  readonly instance: Scalars['String']['output'];
  readonly provider: Provider;
  /** Lists (workspaces, template histories, metalakes…) this instance offers the merge. */
  readonly sourceCount: Scalars['Int']['output'];
  /** Of those, how many this page had to read: the others could not reach it. */
  readonly sourcesRead: Scalars['Int']['output'];
  readonly status: JobSourceStatus;
};

/** Why a source did not answer: the same code and upstream details as in `errors`. */
export type JobSourceError = {
  readonly __typename?: 'JobSourceError';
  /** UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_THROTTLED, … */
  readonly code: Scalars['String']['output'];
  readonly message: Scalars['String']['output'];
};

/** Whether a provider instance contributed fully to a `jobs` page. */
export enum JobSourceStatus {
  /** Some sources were cut at the deadline; their jobs are missing from this page. */
  DEGRADED = 'DEGRADED',
  /** Some sources failed; their jobs are missing from this page. The next page tries them again. */
  FAILED = 'FAILED',
  /** Every source read answered (or none needed reading for this page). */
  OK = 'OK'
}

/** A job's lifecycle, the same for every provider. The provider's own status is in `providerStatus`. */
export enum JobStatus {
  /** Stopped before it finished. */
  CANCELLED = 'CANCELLED',
  /** A stop was requested and is in progress. */
  CANCELLING = 'CANCELLING',
  /** Finished with a failure. */
  FAILED = 'FAILED',
  /** Accepted, not yet running: submitted, queued, preparing. */
  PENDING = 'PENDING',
  /** Running (including restarting). */
  RUNNING = 'RUNNING',
  /** Finished successfully. */
  SUCCEEDED = 'SUCCEEDED',
  /** A provider status jobgraph does not know yet; see providerStatus. */
  UNKNOWN = 'UNKNOWN'
}

/** An object with a global id, refetchable with `node(id:)` (Relay Global Object Identification). */
export type Node = {
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
};

/** Where this page sits in the whole list (Relay Cursor Connections). */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** Cursor of the last edge. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  readonly hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first edge (when known cheaply; paging forward from a cursor says true). */
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  readonly startCursor?: Maybe<Scalars['String']['output']>;
};

/** Node pinning of a role (`AssignNodeSpec`): which nodes (or hyper nodes) its pods must, or must not, run on. */
export type PaiAssignNodeSpec = {
  readonly __typename?: 'PaiAssignNodeSpec';
  /** Hyper nodes the pods must avoid (`AntiAffinityHyperNodes`). */
  readonly antiAffinityHyperNodes: ReadonlyArray<PaiHyperNodeSpec>;
  /** Nodes the pods must avoid (`AntiAffinityNodeNames`, comma-separated on the wire, split). */
  readonly antiAffinityNodeNames: ReadonlyArray<Scalars['String']['output']>;
  /** Whether pods are pinned to nodes (`EnableAssignNode`). */
  readonly enableAssignNode?: Maybe<Scalars['Boolean']['output']>;
  /** Hyper nodes the pods must run on (`HyperNodes`). */
  readonly hyperNodes: ReadonlyArray<PaiHyperNodeSpec>;
  /** Nodes the pods must run on (`NodeNames`, comma-separated on the wire, split). */
  readonly nodeNames: ReadonlyArray<Scalars['String']['output']>;
};

/** Who a role's temporary credentials were issued to (`AssumeUserInfo`). The AccessKey ID and security token are never exposed. */
export type PaiAssumeUserInfo = {
  readonly __typename?: 'PaiAssumeUserInfo';
  /** Identity ID (`Id`). */
  readonly id?: Maybe<Scalars['String']['output']>;
  /** Identity kind (`Type`). */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** Replica autoscaling of a role (`AutoScalingSpec`). */
export type PaiAutoScalingSpec = {
  readonly __typename?: 'PaiAutoScalingSpec';
  /** The metric scaling follows (`AutoscalingMetricSpec`). */
  readonly autoscalingMetricSpec?: Maybe<PaiAutoscalingMetricSpec>;
  /** Most replicas (`MaxReplicas`). */
  readonly maxReplicas?: Maybe<Scalars['Int']['output']>;
  /** Fewest replicas (`MinReplicas`). */
  readonly minReplicas?: Maybe<Scalars['Int']['output']>;
  /** Pods chosen to be removed on the next scale-in (`PodsToDelete`). */
  readonly podsToDelete: ReadonlyArray<Scalars['String']['output']>;
  /** Scaling strategy (`ScalingStrategy`). */
  readonly scalingStrategy?: Maybe<Scalars['String']['output']>;
};

/** The metric a role autoscaler follows (`AutoscalingMetricSpec`). */
export type PaiAutoscalingMetricSpec = {
  readonly __typename?: 'PaiAutoscalingMetricSpec';
  /** Metric name (`MetricName`). */
  readonly metricName?: Maybe<Scalars['String']['output']>;
  /** Seconds the metric must hold before scaling (`StabilizationWindowSeconds`). */
  readonly stabilizationWindowSeconds?: Maybe<Scalars['Int']['output']>;
  /** Value the autoscaler steers the metric to (`TargetValue`). */
  readonly targetValue?: Maybe<Scalars['Float']['output']>;
};

/** The Git code source mounted into the job (`CodeSource`). */
export type PaiCodeSource = {
  readonly __typename?: 'PaiCodeSource';
  /** Git branch (`Branch`). */
  readonly branch?: Maybe<Scalars['String']['output']>;
  /** PAI code source ID (`CodeSourceId`). */
  readonly codeSourceId?: Maybe<Scalars['String']['output']>;
  /** Git commit (`Commit`). */
  readonly commit?: Maybe<Scalars['String']['output']>;
  /** Where the code is mounted in the containers (`MountPath`). */
  readonly mountPath?: Maybe<Scalars['String']['output']>;
};

/** An init or sidecar container's resources (`Resources`), Kubernetes style. */
export type PaiContainerResources = {
  readonly __typename?: 'PaiContainerResources';
  /** Upper bounds (`Limits`): a free-form map of resource name to quantity, e.g. {"cpu": "1"}. */
  readonly limits: Scalars['JSONObject']['output'];
  /** Guaranteed amounts (`Requests`): a free-form map of resource name to quantity. */
  readonly requests: Scalars['JSONObject']['output'];
};

/** An init or sidecar container that runs beside the main container of each pod (`ContainerSpec`). */
export type PaiContainerSpec = {
  readonly __typename?: 'PaiContainerSpec';
  /** Arguments of the entry point (`Args`). */
  readonly args: ReadonlyArray<Scalars['String']['output']>;
  /** Entry point (`Command`). */
  readonly command: ReadonlyArray<Scalars['String']['output']>;
  /** Environment variables (`Env`). */
  readonly env: ReadonlyArray<PaiEnvVar>;
  /** Container image (`Image`). */
  readonly image?: Maybe<Scalars['String']['output']>;
  /** Container name (`Name`). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Resource limits and requests (`Resources`). */
  readonly resources?: Maybe<PaiContainerResources>;
  /** Working directory (`WorkingDir`). */
  readonly workingDir?: Maybe<Scalars['String']['output']>;
};

/** How temporary cloud credentials are injected into the job (`CredentialConfig`); never the credentials themselves. */
export type PaiCredentialConfig = {
  readonly __typename?: 'PaiCredentialConfig';
  /** Key of the default role exposed through the Alibaba Cloud environment (`AliyunEnvRoleKey`). */
  readonly aliyunEnvRoleKey?: Maybe<Scalars['String']['output']>;
  /** The injected credentials (`CredentialConfigItems`). */
  readonly credentialConfigItems: ReadonlyArray<PaiCredentialConfigItem>;
  /** Whether credentials are injected (`EnableCredentialInject`). */
  readonly enableCredentialInject?: Maybe<Scalars['Boolean']['output']>;
};

/** One injected credential (`CredentialConfigItems` entry). */
export type PaiCredentialConfigItem = {
  readonly __typename?: 'PaiCredentialConfigItem';
  /** Name the credential is injected under (`Key`). */
  readonly key?: Maybe<Scalars['String']['output']>;
  /** Roles assumed for it (`Roles`). */
  readonly roles: ReadonlyArray<PaiCredentialRole>;
  /** Credential kind (`Type`), e.g. `Role`. */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** A RAM role the job assumes for injected credentials (`CredentialRole`). */
export type PaiCredentialRole = {
  readonly __typename?: 'PaiCredentialRole';
  /** Whom the role is assumed for (`AssumeRoleFor`). */
  readonly assumeRoleFor?: Maybe<Scalars['String']['output']>;
  /** Who the credentials were issued to (`AssumeUserInfo`). */
  readonly assumeUserInfo?: Maybe<PaiAssumeUserInfo>;
  /** Extra policy narrowing the role (`Policy`). */
  readonly policy?: Maybe<Scalars['String']['output']>;
  /** ARN of the role (`RoleArn`). */
  readonly roleArn?: Maybe<Scalars['String']['output']>;
  /** Kind of role (`RoleType`), e.g. `service` or `user`. */
  readonly roleType?: Maybe<Scalars['String']['output']>;
};

/** An environment variable the user set on the job (GetJob `CustomEnvs` entry). */
export type PaiCustomEnv = {
  readonly __typename?: 'PaiCustomEnv';
  /** Variable name (`Key`). */
  readonly key: Scalars['String']['output'];
  /** Its value (`Value`); always null for a hidden variable, whatever PAI sent. */
  readonly value?: Maybe<Scalars['String']['output']>;
  /** Whether the value may be shown (`Visible`, "true"/"false" on the wire); null when absent. */
  readonly visible?: Maybe<Scalars['Boolean']['output']>;
};

/** Settings of a Data-Juicer (data processing) job (`DataJuicerConfig`). */
export type PaiDataJuicerConfig = {
  readonly __typename?: 'PaiDataJuicerConfig';
  /** How the job is given (`CommandType`): `shell` or `config`. */
  readonly commandType?: Maybe<Scalars['String']['output']>;
  /** Whether PAI estimates the resources it needs (`EnableResourceEstimation`). */
  readonly enableResourceEstimation?: Maybe<Scalars['Boolean']['output']>;
  /** How it runs (`ExecutionMode`): `standalone` or `distributed`. */
  readonly executionMode?: Maybe<Scalars['String']['output']>;
  /** Resource ceiling (`ResourceLimit`). */
  readonly resourceLimit?: Maybe<PaiDataJuicerResourceLimit>;
};

/** The most resources a Data-Juicer job may use (`ResourceLimit`), as quantity strings. */
export type PaiDataJuicerResourceLimit = {
  readonly __typename?: 'PaiDataJuicerResourceLimit';
  /** vCPUs (`CPU`). */
  readonly cpu?: Maybe<Scalars['String']['output']>;
  /** GPUs (`GPU`). */
  readonly gpu?: Maybe<Scalars['String']['output']>;
  /** Memory (`Memory`), e.g. "64Gi". */
  readonly memory?: Maybe<Scalars['String']['output']>;
};

/** A dataset mounted into the job (`DataSources` entry). */
export type PaiDataSource = {
  readonly __typename?: 'PaiDataSource';
  /** PAI dataset ID (`DataSourceId`). */
  readonly dataSourceId?: Maybe<Scalars['String']['output']>;
  /** Where the dataset is mounted in the containers (`MountPath`). */
  readonly mountPath?: Maybe<Scalars['String']['output']>;
  /** Where the dataset lives (`Uri`), e.g. `oss://bucket/path/`. GetJob only: selecting it costs the job's one GetJob. */
  readonly uri?: Maybe<Scalars['String']['output']>;
};

/** How `displayName` matches (`DisplayNameSearchMode`); always case-insensitive. */
export enum PaiDisplayNameSearchMode {
  /** `exact`: the whole name. */
  EXACT = 'EXACT',
  /** `prefix`: names starting with it. */
  PREFIX = 'PREFIX',
  /** `wildcard`: names containing it (the default). */
  WILDCARD = 'WILDCARD'
}

/** One spot instance type a role may fall back to (`ElasticSpotSpecs` entry), with its bid. */
export type PaiElasticSpotSpec = {
  readonly __typename?: 'PaiElasticSpotSpec';
  /** ECS instance type (`InstanceType`). */
  readonly instanceType?: Maybe<Scalars['String']['output']>;
  /** Highest discount accepted (`SpotDiscountLimit`). */
  readonly spotDiscountLimit?: Maybe<Scalars['Float']['output']>;
  /** Highest hourly price accepted (`SpotPriceLimit`). */
  readonly spotPriceLimit?: Maybe<Scalars['Float']['output']>;
  /** Bidding strategy (`SpotStrategy`). */
  readonly spotStrategy?: Maybe<Scalars['String']['output']>;
};

/** An environment variable of an init or sidecar container (`Env` entry). */
export type PaiEnvVar = {
  readonly __typename?: 'PaiEnvVar';
  /** Variable name (`Name`). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Variable value (`Value`). */
  readonly value?: Maybe<Scalars['String']['output']>;
};

/** Extra settings of a role's pods (`ExtraPodSpec`): more containers, labels, hooks, security. */
export type PaiExtraPodSpec = {
  readonly __typename?: 'PaiExtraPodSpec';
  /** Containers run to completion before the main one (`InitContainers`). */
  readonly initContainers: ReadonlyArray<PaiContainerSpec>;
  /** The main container's hooks (`Lifecycle`). */
  readonly lifecycle?: Maybe<PaiLifecycle>;
  /** The main container's security context (`MainContainerSecurityContext`). */
  readonly mainContainerSecurityContext?: Maybe<PaiSecurityContext>;
  /** Kubernetes annotations added to each pod (`PodAnnotations`): a free-form name → value map. */
  readonly podAnnotations: Scalars['JSONObject']['output'];
  /** Kubernetes labels added to each pod (`PodLabels`): a free-form name → value map. */
  readonly podLabels: Scalars['JSONObject']['output'];
  /** Paths shared between the main container and the others (`SharedVolumeMountPaths`). */
  readonly sharedVolumeMountPaths: ReadonlyArray<Scalars['String']['output']>;
  /** Containers run beside the main one (`SideCarContainers`). */
  readonly sideCarContainers: ReadonlyArray<PaiContainerSpec>;
};

/** How a role's pods are gang-scheduled onto hyper nodes (`HyperNodeSchedulingConfig`). */
export type PaiHyperNodeSchedulingConfig = {
  readonly __typename?: 'PaiHyperNodeSchedulingConfig';
  /** Pods that must be placeable together before any starts (`MinAvailable`). */
  readonly minAvailable?: Maybe<Scalars['Int']['output']>;
  /** Placement quality policy (`QualityPolicy`). */
  readonly qualityPolicy?: Maybe<Scalars['String']['output']>;
};

/** A Lingjun hyper node and the nodes in it (`HyperNodeSpec`). */
export type PaiHyperNodeSpec = {
  readonly __typename?: 'PaiHyperNodeSpec';
  /** Hyper node name (`HyperNodeName`). */
  readonly hyperNodeName?: Maybe<Scalars['String']['output']>;
  /** Nodes of the hyper node (`NodeNames`, a comma-separated string on the wire, split). */
  readonly nodeNames: ReadonlyArray<Scalars['String']['output']>;
};

/** The private registry a role's image is pulled from (`ImageConfig`). The registry password and auth string are never exposed. */
export type PaiImageConfig = {
  readonly __typename?: 'PaiImageConfig';
  /** Registry host (`DockerRegistry`), e.g. `registry.cn-hangzhou.aliyuncs.com`. */
  readonly dockerRegistry?: Maybe<Scalars['String']['output']>;
  /** Registry user name (`Username`). */
  readonly username?: Maybe<Scalars['String']['output']>;
};

/** A PAI-DLC (Deep Learning Containers) training job (ListJobs `JobItem`, plus the GetJob-only fields on demand). */
export type PaiJob = Job & Node & {
  readonly __typename?: 'PaiJob';
  /** Who can see it (`Accessibility`): PUBLIC (the workspace) or PRIVATE (the owner and admins). */
  readonly accessibility?: Maybe<Scalars['String']['output']>;
  /** Cluster the job runs in (`ClusterId`). */
  readonly clusterId?: Maybe<Scalars['String']['output']>;
  /** Git code mounted into the job (`CodeSource`). */
  readonly codeSource?: Maybe<PaiCodeSource>;
  /** When the job was submitted or created: the order of `Query.jobs`. */
  readonly createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who submitted it (a user id or name), where the provider says. */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** Credential injection (`CredentialConfig`), without any key or token. */
  readonly credentialConfig?: Maybe<PaiCredentialConfig>;
  /** Environment variables the user set, with their visibility (`CustomEnvs`); hidden values are null. GetJob only: selecting it costs one GetJob per job, shared by all GetJob-only fields of the job. Null when PAI no longer knows the job. */
  readonly customEnvs?: Maybe<ReadonlyArray<PaiCustomEnv>>;
  /** Datasets mounted into the job (`DataSources`). */
  readonly dataSources: ReadonlyArray<PaiDataSource>;
  /** The job description (`Description`). GetJob only: selecting it costs one GetJob per job, shared by all GetJob-only fields of the job. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The job name (`DisplayName`), the same as `name`. */
  readonly displayName?: Maybe<Scalars['String']['output']>;
  /** Seconds the job has run (`Duration`), as sent. */
  readonly duration?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** How long it ran, in milliseconds, when known. */
  readonly durationMs?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Elastic training (`ElasticSpec`). */
  readonly elasticSpec?: Maybe<PaiJobElasticSpec>;
  /** Whether the job may be preempted (`EnablePreemptibleJob`). */
  readonly enablePreemptibleJob?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the debugger is on (`EnabledDebugger`). */
  readonly enabledDebugger?: Maybe<Scalars['Boolean']['output']>;
  /** Environment variables the user set (`Envs`): a free-form name → value map. */
  readonly envs: Scalars['JSONObject']['output'];
  /** When it finished, whatever the outcome. */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the job was created (`GmtCreateTime`). */
  readonly gmtCreateTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it failed (`GmtFailedTime`). */
  readonly gmtFailedTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it finished (`GmtFinishTime`); absent while its pods are still reserved. */
  readonly gmtFinishTime?: Maybe<Scalars['DateTime']['output']>;
  /** When the job record last changed (`GmtModifiedTime`). */
  readonly gmtModifiedTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it started running (`GmtRunningTime`). */
  readonly gmtRunningTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it was stopped (`GmtStoppedTime`). */
  readonly gmtStoppedTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it was submitted to the cluster (`GmtSubmittedTime`). */
  readonly gmtSubmittedTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it succeeded (`GmtSuccessedTime`, PAI's spelling). */
  readonly gmtSuccessedTime?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** Id of the configured PAI-DLC instance (account + region) it was read from. */
  readonly instance: Scalars['String']['output'];
  /** Whether the job was deleted (`IsDeleted`). */
  readonly isDeleted?: Maybe<Scalars['Boolean']['output']>;
  /** PAI's job ID (`JobId`), e.g. `dlc-20210126170216-mtl37ge7gkvdz`. */
  readonly jobId: Scalars['String']['output'];
  /** Minutes after which PAI stops the job (`JobMaxRunningTimeMinutes`); 0 or absent for no limit. */
  readonly jobMaxRunningTimeMinutes?: Maybe<Scalars['Int']['output']>;
  /** Replica counters per role (`JobReplicaStatuses`). */
  readonly jobReplicaStatuses: ReadonlyArray<PaiJobReplicaStatus>;
  /** The roles of the job with their images and resources (`JobSpecs`). */
  readonly jobSpecs: ReadonlyArray<PaiJobSpec>;
  /** The framework (`JobType`): TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ... */
  readonly jobType?: Maybe<Scalars['String']['output']>;
  /** Most restarts allowed, when `restartTimes` says ("used/max"). */
  readonly maxRestartTimes?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The job's name as its provider shows it, when it has one. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Nodes the job runs on (`NodeCount`, a string on the wire). */
  readonly nodeCount?: Maybe<Scalars['Int']['output']>;
  /** Names of the nodes it runs on (`NodeNames`). */
  readonly nodeNames?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** PAI's own status (`Status`) as an enum; null when PAI sends one it does not document (see providerStatus). */
  readonly paiStatus?: Maybe<PaiJobStatus>;
  /** The job's pods (`Pods`), each with its earlier incarnations in `history`. They come with the ListJobs item, so they cost no call. A job whose item carries no pods (not scheduled yet, or PAI left them out) has [] here: jobgraph does not fall back to GetJob, which would cost a call per queued job. */
  readonly pods: ReadonlyArray<Pod>;
  /** Scheduling priority, 1 (lowest) to 9 (`Priority`). */
  readonly priority?: Maybe<Scalars['Int']['output']>;
  /** Which provider ran it. */
  readonly provider: Provider;
  /** The provider's own status, unchanged. */
  readonly providerStatus: Scalars['String']['output'];
  /** Why the job is in its status (`ReasonCode`), e.g. `JobStoppedByUser`. */
  readonly reasonCode?: Maybe<Scalars['String']['output']>;
  /** The same reason in words (`ReasonMessage`). */
  readonly reasonMessage?: Maybe<Scalars['String']['output']>;
  /** Region of the configured PAI-DLC instance it was read from (e.g. `cn-hangzhou`). */
  readonly region: Scalars['String']['output'];
  /** vCPUs the job requests in all (`RequestCPU`). */
  readonly requestCpu?: Maybe<Scalars['Int']['output']>;
  /** GPUs the job requests in all (`RequestGPU`), as sent (a string). */
  readonly requestGpu?: Maybe<Scalars['String']['output']>;
  /** Memory the job requests in all (`RequestMemory`), e.g. "1Gi". */
  readonly requestMemory?: Maybe<Scalars['String']['output']>;
  /** Resource group (quota) ID the job runs on (`ResourceId`); empty for public resources. */
  readonly resourceId?: Maybe<Scalars['String']['output']>;
  /** Resource level (`ResourceLevel`), e.g. L0. */
  readonly resourceLevel?: Maybe<Scalars['String']['output']>;
  /** Resource group name (`ResourceName`). */
  readonly resourceName?: Maybe<Scalars['String']['output']>;
  /** Resource quota name (`ResourceQuotaName`). */
  readonly resourceQuotaName?: Maybe<Scalars['String']['output']>;
  /** Kind of resources (`ResourceType`): ECS, Lingjun or ACS. */
  readonly resourceType?: Maybe<Scalars['String']['output']>;
  /** Restarts so far, read from `restartTimes`. */
  readonly restartCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Automatic (fault-tolerant) restarts of the job (`RestartRecord`), in PAI's order. GetJob only: selecting it costs one GetJob per job, shared by all GetJob-only fields of the job. Null when PAI no longer knows the job. */
  readonly restartRecord?: Maybe<ReadonlyArray<PaiRestartRecord>>;
  /** Restarts as PAI writes them (`RestartTimes`): a count ("1") in ListJobs, "used/max" ("0/10") in GetJob. */
  readonly restartTimes?: Maybe<Scalars['String']['output']>;
  /** Times the job was retried (`RetryCount`). */
  readonly retryCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** System environment per role (`RoleSystemEnvs`): a free-form map of role → (name → value). GetJob only: selecting it costs one GetJob per job, shared by all GetJob-only fields of the job. */
  readonly roleSystemEnvs?: Maybe<Scalars['JSONObject']['output']>;
  /** How pods are scheduled (`SchedulingStrategy`), e.g. `Auto`. */
  readonly schedulingStrategy?: Maybe<Scalars['String']['output']>;
  /** Job-level switches (`Settings`). */
  readonly settings?: Maybe<PaiJobSettings>;
  /** When it started running, when the provider reports it. */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The status, normalized across providers. */
  readonly status: JobStatus;
  /** The status timeline (`StatusHistory`), oldest first. */
  readonly statusHistory: ReadonlyArray<PaiStatusTransition>;
  /** Finer status within the status (`SubStatus`), e.g. `Restarting`. */
  readonly subStatus?: Maybe<Scalars['String']['output']>;
  /** Profiling types the job supports (`supportedProfilingTypes`, lower-case on the wire). */
  readonly supportedProfilingTypes?: Maybe<Scalars['String']['output']>;
  /** Environment variables PAI sets in every container (`SystemEnvs`): a free-form name → value map. */
  readonly systemEnvs?: Maybe<Scalars['JSONObject']['output']>;
  /** Template the job was created from (`TemplateId`). */
  readonly templateId?: Maybe<Scalars['String']['output']>;
  /** Name of that template (`TemplateName`). */
  readonly templateName?: Maybe<Scalars['String']['output']>;
  /** Tenant ID (`TenantId`). */
  readonly tenantId?: Maybe<Scalars['String']['output']>;
  /** Folder whose requirements.txt is installed before the command runs (`ThirdpartyLibDir`). */
  readonly thirdpartyLibDir?: Maybe<Scalars['String']['output']>;
  /** pip packages installed before the command runs (`ThirdpartyLibs`). */
  readonly thirdpartyLibs: ReadonlyArray<Scalars['String']['output']>;
  /** Whether the job runs on idle (oversold) resources (`UseOversoldResource`). */
  readonly useOversoldResource?: Maybe<Scalars['Boolean']['output']>;
  /** Command every node runs (`UserCommand`). */
  readonly userCommand?: Maybe<Scalars['String']['output']>;
  /** UID of the Alibaba Cloud account that owns the job (`UserId`). */
  readonly userId?: Maybe<Scalars['String']['output']>;
  /** Script the user submitted (`UserScript`). */
  readonly userScript?: Maybe<Scalars['String']['output']>;
  /** The user's VPC the pods are attached to (`UserVpc`). */
  readonly userVpc?: Maybe<PaiUserVpc>;
  /** Name of the user who submitted it (`Username`). */
  readonly username?: Maybe<Scalars['String']['output']>;
  /** Working directory of the command (`WorkingDir`). */
  readonly workingDir?: Maybe<Scalars['String']['output']>;
  /** PAI workspace ID (`WorkspaceId`). */
  readonly workspaceId?: Maybe<Scalars['String']['output']>;
  /** PAI workspace name (`WorkspaceName`). */
  readonly workspaceName?: Maybe<Scalars['String']['output']>;
};

/** Who can see a PAI-DLC job (`Accessibility`). */
export enum PaiJobAccessibility {
  /** Only its owner and the workspace administrators. */
  PRIVATE = 'PRIVATE',
  /** Every member of the workspace. */
  PUBLIC = 'PUBLIC'
}

/** A page of PAI-DLC jobs (Relay connection). */
export type PaiJobConnection = {
  readonly __typename?: 'PaiJobConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<PaiJobEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<PaiJob>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One PaiJob and the cursor that resumes the list right after it. */
export type PaiJobEdge = {
  readonly __typename?: 'PaiJobEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The PaiJob; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<PaiJob>;
};

/** Elastic training of a job (`ElasticSpec`): how far its workers, PS and EDP replicas may scale. */
export type PaiJobElasticSpec = {
  readonly __typename?: 'PaiJobElasticSpec';
  /** Image of the AIMaster (`AIMasterDockerImage`). */
  readonly aiMasterDockerImage?: Maybe<Scalars['String']['output']>;
  /** Kind of AIMaster that drives elasticity (`AIMasterType`). */
  readonly aiMasterType?: Maybe<Scalars['String']['output']>;
  /** Most EDP replicas (`EDPMaxParallelism`). */
  readonly edpMaxParallelism?: Maybe<Scalars['Int']['output']>;
  /** Fewest EDP replicas (`EDPMinParallelism`). */
  readonly edpMinParallelism?: Maybe<Scalars['Int']['output']>;
  /** Elastic strategy (`ElasticStrategy`). */
  readonly elasticStrategy?: Maybe<Scalars['String']['output']>;
  /** Whether an AIMaster runs (`EnableAIMaster`). */
  readonly enableAiMaster?: Maybe<Scalars['Boolean']['output']>;
  /** Whether elastic data parallelism (EDP) is on (`EnableEDP`). */
  readonly enableEdp?: Maybe<Scalars['Boolean']['output']>;
  /** Whether elastic training is on (`EnableElasticTraining`). */
  readonly enableElasticTraining?: Maybe<Scalars['Boolean']['output']>;
  /** Whether PS-job parameter servers scale (`EnablePsJobElasticPS`). */
  readonly enablePsJobElasticPs?: Maybe<Scalars['Boolean']['output']>;
  /** Whether PS-job workers scale elastically (`EnablePsJobElasticWorker`). */
  readonly enablePsJobElasticWorker?: Maybe<Scalars['Boolean']['output']>;
  /** Whether PS resources are estimated automatically (`EnablePsResourceEstimate`). */
  readonly enablePsResourceEstimate?: Maybe<Scalars['Boolean']['output']>;
  /** Most workers (`MaxParallelism`). */
  readonly maxParallelism?: Maybe<Scalars['Int']['output']>;
  /** Fewest workers (`MinParallelism`). */
  readonly minParallelism?: Maybe<Scalars['Int']['output']>;
  /** Most parameter servers (`PSMaxParallelism`). */
  readonly psMaxParallelism?: Maybe<Scalars['Int']['output']>;
  /** Fewest parameter servers (`PSMinParallelism`). */
  readonly psMinParallelism?: Maybe<Scalars['Int']['output']>;
};

/** Which PAI-DLC jobs to list. Every field narrows the list; ListJobs applies them upstream. */
export type PaiJobFilter = {
  /** Visibility (`Accessibility`). */
  readonly accessibility?: InputMaybe<PaiJobAccessibility>;
  /** ID of the user the job is associated with (`BusinessUserId`). */
  readonly businessUserId?: InputMaybe<Scalars['String']['input']>;
  /** Who submitted it (`Caller`), e.g. `SilkFlow`. */
  readonly caller?: InputMaybe<Scalars['String']['input']>;
  /** Fragment of the job description (`Description`). */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** Job name (`DisplayName`), case-insensitive; how it matches is `displayNameSearchMode`. */
  readonly displayName?: InputMaybe<Scalars['String']['input']>;
  /** How `displayName` matches (`DisplayNameSearchMode`). Default: WILDCARD (contains). */
  readonly displayNameSearchMode?: InputMaybe<PaiDisplayNameSearchMode>;
  /** Jobs that pin (true) or do not pin (false) their nodes (`EnableAssignNode`). */
  readonly enableAssignNode?: InputMaybe<Scalars['Boolean']['input']>;
  /** Across every workspace (`FromAllWorkspaces`); only together with `showOwn: true`. */
  readonly fromAllWorkspaces?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words that must all appear in the image (`ImageSearch`). */
  readonly imageSearch?: InputMaybe<Scalars['String']['input']>;
  /** Only these configured PAI-DLC instances (ids), in config order. Default: all. */
  readonly instances?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Fragment of the job ID (`JobId`), case-insensitive; wins over `jobIds`. */
  readonly jobId?: InputMaybe<Scalars['String']['input']>;
  /** Exact job IDs (`JobIds`); an empty list matches nothing. */
  readonly jobIds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Framework (`JobType`): TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ... */
  readonly jobType?: InputMaybe<Scalars['String']['input']>;
  /** A range on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`). */
  readonly numericRange?: InputMaybe<PaiNumericRangeInput>;
  /** Use of idle (oversold) quota (`OversoldInfo`). */
  readonly oversoldInfo?: InputMaybe<PaiOversoldInfo>;
  /** How the resources are paid for (`PaymentType`). */
  readonly paymentType?: InputMaybe<PaiPaymentType>;
  /** Pipeline ID (`PipelineId`). */
  readonly pipelineId?: InputMaybe<Scalars['String']['input']>;
  /** PAI's own statuses (`Status`); any of them matches. ListJobs takes one Status per call, so several cost one call per status, merged in the requested order (see `Query.paiJobs`). */
  readonly providerStatuses?: InputMaybe<ReadonlyArray<PaiJobStatus>>;
  /** Words that must all appear in the status reason (`ReasonSearch`). */
  readonly reasonSearch?: InputMaybe<Scalars['String']['input']>;
  /** Only instances configured for these regions (e.g. `cn-hangzhou`). Default: all. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Resource group (quota) ID (`ResourceId`); wins over `resourceIds`. */
  readonly resourceId?: InputMaybe<Scalars['String']['input']>;
  /** Several resource group IDs (`ResourceIds`); an empty list matches nothing. */
  readonly resourceIds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Fragment of the resource quota name (`ResourceQuotaName`). */
  readonly resourceQuotaName?: InputMaybe<Scalars['String']['input']>;
  /** Only the calling account's own jobs (`ShowOwn`). */
  readonly showOwn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Normalized statuses, sent as the PAI statuses that make them up (PENDING → Creating, Queuing, Bidding, EnvPreparing, SanityChecking). With `providerStatuses` too, a job must match both. UNKNOWN matches no documented status, so alone it lists nothing. */
  readonly statuses?: InputMaybe<ReadonlyArray<JobStatus>>;
  /** Tags the job must all carry (`Tags`). */
  readonly tags?: InputMaybe<ReadonlyArray<PaiTagInput>>;
  /** Template ID (`TemplateId`). */
  readonly templateId?: InputMaybe<Scalars['String']['input']>;
  /** Words that must all appear in the command (`UserCommandSearch`). */
  readonly userCommandSearch?: InputMaybe<Scalars['String']['input']>;
  /** Submitter's UID (`UserIdForFilter`). */
  readonly userId?: InputMaybe<Scalars['String']['input']>;
  /** Fragment of the submitter's name (`Username`). */
  readonly username?: InputMaybe<Scalars['String']['input']>;
  /** Time window (`StartTime`, `EndTime`, `TimeRangeField`). Default: every job since 2015, by creation time. */
  readonly window?: InputMaybe<PaiTimeWindowInput>;
  /** PAI workspace ID (`WorkspaceId`). */
  readonly workspaceId?: InputMaybe<Scalars['String']['input']>;
};

/** How PAI-DLC sorts a job list (ListJobs `SortBy` and `Order`). Default: newest created first. */
export type PaiJobOrder = {
  /** The direction; DESC when omitted. */
  readonly direction?: InputMaybe<PaiOrderDirection>;
  /** What to sort by; GMT_CREATE_TIME when omitted. */
  readonly field?: InputMaybe<PaiJobOrderField>;
};

/** What PAI-DLC sorts jobs by (ListJobs `SortBy`). Jobs without the value (e.g. no finish time yet) come last in either direction. */
export enum PaiJobOrderField {
  /** `DisplayName`: job name, case-insensitively. */
  DISPLAY_NAME = 'DISPLAY_NAME',
  /** `GmtCreateTime`: creation time (the default). */
  GMT_CREATE_TIME = 'GMT_CREATE_TIME',
  /** `GmtFinishTime`: finish time. */
  GMT_FINISH_TIME = 'GMT_FINISH_TIME',
  /** `GmtModifiedTime`: last change (a console sort key beyond the five documented). */
  GMT_MODIFIED_TIME = 'GMT_MODIFIED_TIME',
  /** `GmtRunningTime`: start of running (a console sort key beyond the five documented). */
  GMT_RUNNING_TIME = 'GMT_RUNNING_TIME',
  /** `GmtSubmittedTime`: submission (a console sort key beyond the five documented). */
  GMT_SUBMITTED_TIME = 'GMT_SUBMITTED_TIME',
  /** `JobType`: framework. */
  JOB_TYPE = 'JOB_TYPE',
  /** `Status`: PAI status name. */
  STATUS = 'STATUS'
}

/** Replica counters of one role of the job (`JobReplicaStatuses` entry). */
export type PaiJobReplicaStatus = {
  readonly __typename?: 'PaiJobReplicaStatus';
  /** Replicas running now (`Active`). */
  readonly active?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Spot instance type the role currently runs on (`CurrentSpotInstanceType`). */
  readonly currentSpotInstanceType?: Maybe<Scalars['String']['output']>;
  /** Replicas that left the queue and got resources (`Dequeued`). */
  readonly dequeued?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Autoscaling PAI estimates for the role (`EstimatedAutoScalingSpec`). */
  readonly estimatedAutoScalingSpec?: Maybe<PaiAutoScalingSpec>;
  /** Replicas PAI expects to run (`EstimatedPodCount`). */
  readonly estimatedPodCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Resources PAI estimates each replica needs (`EstimatedResourceConfig`). */
  readonly estimatedResourceConfig?: Maybe<PaiResourceConfig>;
  /** Replicas waiting for resources (`Queuing`). */
  readonly queuing?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The role (`Type`), e.g. Worker. */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** Job-level switches of a PAI-DLC job (`Settings`): tags, health checks, RDMA, reservation, ... */
export type PaiJobSettings = {
  readonly __typename?: 'PaiJobSettings';
  /** Advanced settings (`AdvancedSettings`): a free-form map whose values may be of any JSON type. */
  readonly advancedSettings: Scalars['JSONObject']['output'];
  /** Whether every RDMA device of a node is given to the job (`AllocateAllRDMADevices`). */
  readonly allocateAllRdmaDevices?: Maybe<Scalars['Boolean']['output']>;
  /** Whether pods may land on nodes marked unschedulable (`AllowUnschedulableNodes`). */
  readonly allowUnschedulableNodes?: Maybe<Scalars['Boolean']['output']>;
  /** ID of the user the job is associated with (`BusinessUserId`). */
  readonly businessUserId?: Maybe<Scalars['String']['output']>;
  /** Who submitted it (`Caller`), e.g. `SilkFlow` or `dlc-console`. */
  readonly caller?: Maybe<Scalars['String']['output']>;
  /** Data-Juicer settings (`DataJuicerConfig`). */
  readonly dataJuicerConfig?: Maybe<PaiDataJuicerConfig>;
  /** Whether submission skips the ECS stock check (`DisableEcsStockCheck`). */
  readonly disableEcsStockCheck?: Maybe<Scalars['Boolean']['output']>;
  /** GPU driver version (`Driver`), e.g. `535.54.03`. */
  readonly driver?: Maybe<Scalars['String']['output']>;
  /** Most restarts of an elastic spot job after preemption (`ElasticSpotJobMaxRestartTimes`). */
  readonly elasticSpotJobMaxRestartTimes?: Maybe<Scalars['Int']['output']>;
  /** Whether processes are pinned to CPU cores (`EnableCPUAffinity`). */
  readonly enableCpuAffinity?: Maybe<Scalars['Boolean']['output']>;
  /** Whether DSW development access is on (`EnableDSWDev`). */
  readonly enableDswDev?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the AIMaster watches for errors such as hangs (`EnableErrorMonitoringInAIMaster`). */
  readonly enableErrorMonitoringInAiMaster?: Maybe<Scalars['Boolean']['output']>;
  /** Whether OSS files can be appended to (`EnableOssAppend`). */
  readonly enableOssAppend?: Maybe<Scalars['Boolean']['output']>;
  /** Whether RDMA networking is on (`EnableRDMA`). */
  readonly enableRdma?: Maybe<Scalars['Boolean']['output']>;
  /** Whether nodes are health-checked before (or while) the job runs (`EnableSanityCheck`). */
  readonly enableSanityCheck?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the job may use tidal (idle) resources (`EnableTideResource`). */
  readonly enableTideResource?: Maybe<Scalars['Boolean']['output']>;
  /** Arguments of that error monitoring (`ErrorMonitoringArgs`), e.g. `--enable-log-hang-detection true`. */
  readonly errorMonitoringArgs?: Maybe<Scalars['String']['output']>;
  /** Minutes the pods are kept after the job ends, for inspection (`JobReservedMinutes`). */
  readonly jobReservedMinutes?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When pods are kept after the job ends (`JobReservedPolicy`): `Always`, `OnFailure`, `OnSuccess` or `Never`. */
  readonly jobReservedPolicy?: Maybe<Scalars['String']['output']>;
  /** Model settings (`ModelConfig`). */
  readonly modelConfig?: Maybe<PaiModelConfig>;
  /** Whether the job may use idle (oversold) quota (`OversoldType`), e.g. `AcceptQuotaOverSold`. */
  readonly oversoldType?: Maybe<Scalars['String']['output']>;
  /** Pipeline the job belongs to (`PipelineId`). */
  readonly pipelineId?: Maybe<Scalars['String']['output']>;
  /** Arguments of the sanity check (`SanityCheckArgs`). */
  readonly sanityCheckArgs?: Maybe<Scalars['String']['output']>;
  /** Shell that runs the command (`Shell`), e.g. `/bin/bash`. */
  readonly shell?: Maybe<Scalars['String']['output']>;
  /** Tags of the job (`Tags`): a free-form key → value map. */
  readonly tags: Scalars['JSONObject']['output'];
  /** Seconds a stopping pod gets to exit cleanly (`TerminationGracePeriodSeconds`). */
  readonly terminationGracePeriodSeconds?: Maybe<Scalars['NonNegativeInt']['output']>;
};

/** One role of a PAI-DLC job (`JobSpecs` entry): Worker, PS, Chief, Master, ... with its image, replica count and resources. */
export type PaiJobSpec = {
  readonly __typename?: 'PaiJobSpec';
  /** Node pinning (`AssignNodeSpec`). */
  readonly assignNodeSpec?: Maybe<PaiAssignNodeSpec>;
  /** Replica autoscaling (`AutoScalingSpec`). */
  readonly autoScalingSpec?: Maybe<PaiAutoScalingSpec>;
  /** Whether this role's outcome decides whether the job succeeded (`ConsiderInSuccessPolicy`). */
  readonly considerInSuccessPolicy?: Maybe<Scalars['Boolean']['output']>;
  /** GPU driver version of the role (`Driver`), e.g. `535.54.03`. */
  readonly driver?: Maybe<Scalars['String']['output']>;
  /** ECS instance type of each replica on public resources (`EcsSpec`), e.g. `ecs.c6.large`. */
  readonly ecsSpec?: Maybe<Scalars['String']['output']>;
  /** Spot instance types the role may use (`ElasticSpotSpecs`). */
  readonly elasticSpotSpecs: ReadonlyArray<PaiElasticSpotSpec>;
  /** Extra pod settings (`ExtraPodSpec`). */
  readonly extraPodSpec?: Maybe<PaiExtraPodSpec>;
  /** Hyper node gang scheduling (`HyperNodeSchedulingConfig`). */
  readonly hyperNodeSchedulingConfig?: Maybe<PaiHyperNodeSchedulingConfig>;
  /** Image the role runs (`Image`). */
  readonly image?: Maybe<Scalars['String']['output']>;
  /** Private registry of the image (`ImageConfig`), without its credentials. */
  readonly imageConfig?: Maybe<PaiImageConfig>;
  /** Whether this role is the chief (`IsChief`; the misspelt `IsCheif` is read when only it is sent). */
  readonly isChief?: Maybe<Scalars['Boolean']['output']>;
  /** Node-local paths mounted into the pods (`LocalMountSpecs`). */
  readonly localMountSpecs: ReadonlyArray<PaiLocalMountSpec>;
  /** Whether the role may use idle (oversold) quota (`OversoldType`): `ForbiddenQuotaOverSold`, `ForceQuotaOverSold` or `AcceptQuotaOverSold`. */
  readonly oversoldType?: Maybe<Scalars['String']['output']>;
  /** Replicas (pods) of the role (`PodCount`). */
  readonly podCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Resource quota the role runs on (`QuotaId`). */
  readonly quotaId?: Maybe<Scalars['String']['output']>;
  /** Resources of each replica on a dedicated resource group (`ResourceConfig`). */
  readonly resourceConfig?: Maybe<PaiResourceConfig>;
  /** When failed replicas restart (`RestartPolicy`), e.g. `OnFailure` or `Never`. */
  readonly restartPolicy?: Maybe<Scalars['String']['output']>;
  /** Ports the role exposes (`ServiceSpec`). */
  readonly serviceSpec?: Maybe<PaiServiceSpec>;
  /** Spot bidding (`SpotSpec`). */
  readonly spotSpec?: Maybe<PaiSpotSpec>;
  /** Roles that must reach a phase before this one starts (`StartupDependencies`). */
  readonly startupDependencies: ReadonlyArray<PaiStartupDependency>;
  /** System disk of each replica (`SystemDisk`). */
  readonly systemDisk?: Maybe<PaiSystemDisk>;
  /** The role (`Type`): Worker, PS, Chief, Master, Evaluator, ... */
  readonly type?: Maybe<Scalars['String']['output']>;
  /** Whether the role runs on spot instances (`UseSpotInstance`). */
  readonly useSpotInstance?: Maybe<Scalars['Boolean']['output']>;
};

/** A PAI-DLC job's own status (`Status`), as documented for ListJobs. `JobStatus` is its normalized form. */
export enum PaiJobStatus {
  /** `Bidding`: a Lingjun spot job bidding for instances. Normalized: PENDING. */
  BIDDING = 'BIDDING',
  /** `Creating`: the job is being created. Normalized: PENDING. */
  CREATING = 'CREATING',
  /** `EnvPreparing`: pulling the image and mounting data. Normalized: PENDING. */
  ENV_PREPARING = 'ENV_PREPARING',
  /** `Failed`: finished with a failure. Normalized: FAILED. */
  FAILED = 'FAILED',
  /** `FailedReserving`: failed; its pods are kept for inspection for a while. Normalized: FAILED. */
  FAILED_RESERVING = 'FAILED_RESERVING',
  /** `Queuing`: waiting in the quota queue for resources. Normalized: PENDING. */
  QUEUING = 'QUEUING',
  /** `Restarting`: a fault-tolerant restart of a running job. Normalized: RUNNING. */
  RESTARTING = 'RESTARTING',
  /** `Running`: the code runs. Normalized: RUNNING. */
  RUNNING = 'RUNNING',
  /** `SanityChecking`: the node health check before the code runs. Normalized: PENDING. */
  SANITY_CHECKING = 'SANITY_CHECKING',
  /** `Stopped`: stopped by a user or by its maximum running time. Normalized: CANCELLED. */
  STOPPED = 'STOPPED',
  /** `Stopping`: a stop was asked for and is under way. Normalized: CANCELLING. */
  STOPPING = 'STOPPING',
  /** `Succeeded`: finished successfully. Normalized: SUCCEEDED. */
  SUCCEEDED = 'SUCCEEDED',
  /** `SucceededReserving`: succeeded; its pods are kept for inspection for a while. Normalized: SUCCEEDED. */
  SUCCEEDED_RESERVING = 'SUCCEEDED_RESERVING'
}

/** The main container's lifecycle hooks (`Lifecycle`). */
export type PaiLifecycle = {
  readonly __typename?: 'PaiLifecycle';
  /** Command run right after the container starts (`PostStart.Exec.Command`); empty when none. */
  readonly postStart: ReadonlyArray<Scalars['String']['output']>;
  /** Command run before the container stops (`PreStop.Exec.Command`); empty when none. */
  readonly preStop: ReadonlyArray<Scalars['String']['output']>;
};

/** A node-local path mounted into the pods (`LocalMountSpecs` entry). */
export type PaiLocalMountSpec = {
  readonly __typename?: 'PaiLocalMountSpec';
  /** Path on the node (`LocalPath`). */
  readonly localPath?: Maybe<Scalars['String']['output']>;
  /** Mount mode (`MountMode`), e.g. read-only or read-write. */
  readonly mountMode?: Maybe<Scalars['String']['output']>;
  /** Path in the container (`MountPath`). */
  readonly mountPath?: Maybe<Scalars['String']['output']>;
};

/** The model a job trains or serves (`ModelConfig`). */
export type PaiModelConfig = {
  readonly __typename?: 'PaiModelConfig';
  /** Model name (`ModelName`). */
  readonly modelName?: Maybe<Scalars['String']['output']>;
};

/** The number a PAI-DLC numeric range filter applies to (`NumericRangeField`). */
export enum PaiNumericRangeField {
  /** `Duration`: seconds run. */
  DURATION = 'DURATION',
  /** `NodeCount`: nodes used. */
  NODE_COUNT = 'NODE_COUNT',
  /** `Priority`: 1..9. */
  PRIORITY = 'PRIORITY',
  /** `RequestCPU`: vCPUs requested. */
  REQUEST_CPU = 'REQUEST_CPU',
  /** `RequestGPU`: GPUs requested. */
  REQUEST_GPU = 'REQUEST_GPU',
  /** `RequestMemory`: memory requested, in GiB. */
  REQUEST_MEMORY = 'REQUEST_MEMORY'
}

/** A range, both ends inclusive, on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`). */
export type PaiNumericRangeInput = {
  /** The number (`NumericRangeField`). */
  readonly field: PaiNumericRangeField;
  /** Largest value (`NumericRangeMax`). */
  readonly max?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest value (`NumericRangeMin`). */
  readonly min?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort direction (ListJobs `Order`). */
export enum PaiOrderDirection {
  /** `asc`: smallest (oldest) first. */
  ASC = 'ASC',
  /** `desc`: largest (newest) first (the default). */
  DESC = 'DESC'
}

/** Whether a PAI-DLC job may, must not, or did use idle (oversold) quota (`OversoldInfo`). */
export enum PaiOversoldInfo {
  /** `AcceptQuotaOverSold-false`: either, and it uses guaranteed resources. */
  ACCEPT_QUOTA_OVER_SOLD_FALSE = 'ACCEPT_QUOTA_OVER_SOLD_FALSE',
  /** `AcceptQuotaOverSold-true`: either, and it uses idle resources. */
  ACCEPT_QUOTA_OVER_SOLD_TRUE = 'ACCEPT_QUOTA_OVER_SOLD_TRUE',
  /** `ForbiddenQuotaOverSold`: guaranteed resources only. */
  FORBIDDEN_QUOTA_OVER_SOLD = 'FORBIDDEN_QUOTA_OVER_SOLD',
  /** `ForceQuotaOverSold`: idle resources only. */
  FORCE_QUOTA_OVER_SOLD = 'FORCE_QUOTA_OVER_SOLD'
}

/** How the resources of a PAI-DLC job are paid for (`PaymentType`). */
export enum PaiPaymentType {
  /** `PostPaid`: pay-as-you-go public resources. */
  POST_PAID = 'POST_PAID',
  /** `PrePaid`: subscription resource group. */
  PRE_PAID = 'PRE_PAID',
  /** `Spot`: preemptible instances. */
  SPOT = 'SPOT'
}

/** One network interface of a pod (`PodIps` entry). */
export type PaiPodNetworkInterface = {
  readonly __typename?: 'PaiPodNetworkInterface';
  /** Interface name (`InterfaceName`), e.g. `eth0`. */
  readonly interfaceName?: Maybe<Scalars['String']['output']>;
  /** Its IP address (`Ip`). */
  readonly ip?: Maybe<Scalars['String']['output']>;
};

/** Resources one replica requests (`ResourceConfig`), as PAI writes them: Kubernetes-style quantity strings such as "10" or "10Gi". */
export type PaiResourceConfig = {
  readonly __typename?: 'PaiResourceConfig';
  /** vCPUs per replica (`CPU`), e.g. "10". */
  readonly cpu?: Maybe<Scalars['String']['output']>;
  /** GPUs per replica (`GPU`), e.g. "3". */
  readonly gpu?: Maybe<Scalars['String']['output']>;
  /** GPU model (`GPUType`), e.g. "Tesla-V100-16G". */
  readonly gpuType?: Maybe<Scalars['String']['output']>;
  /** Memory per replica (`Memory`), e.g. "10Gi". */
  readonly memory?: Maybe<Scalars['String']['output']>;
  /** Shared memory (/dev/shm) per replica (`SharedMemory`), e.g. "5Gi". */
  readonly sharedMemory?: Maybe<Scalars['String']['output']>;
};

/** A fault that took part in an automatic restart (`DetailErrorInfoList` entry). */
export type PaiRestartErrorInfo = {
  readonly __typename?: 'PaiRestartErrorInfo';
  /** Whether the node was blacklisted for this job only (`AddJobLevelBlacklist`). */
  readonly addJobLevelBlacklist?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the node was blacklisted (`AddNodeToBlacklist`). */
  readonly addNodeToBlacklist?: Maybe<Scalars['Boolean']['output']>;
  /** The error in detail (`DetailErrorMsg`). */
  readonly detailErrorMsg?: Maybe<Scalars['String']['output']>;
  /** Error code (`ErrorCode`). */
  readonly errorCode?: Maybe<Scalars['String']['output']>;
  /** Error message (`ErrorMsg`). */
  readonly errorMsg?: Maybe<Scalars['String']['output']>;
  /** Where the error came from (`ErrorSource`). */
  readonly errorSource?: Maybe<Scalars['String']['output']>;
  /** Node the fault happened on (`Node`). */
  readonly node?: Maybe<Scalars['String']['output']>;
  /** Pod the fault happened in (`Pod`). */
  readonly pod?: Maybe<Scalars['String']['output']>;
  /** Whether this fault triggered the restart (`TriggerRestart`). */
  readonly triggerRestart?: Maybe<Scalars['Boolean']['output']>;
};

/** One automatic (fault-tolerant) restart of the job (GetJob `RestartRecord` entry). */
export type PaiRestartRecord = {
  readonly __typename?: 'PaiRestartRecord';
  /** The faults behind it (`DetailErrorInfoList`). */
  readonly detailErrorInfoList: ReadonlyArray<PaiRestartErrorInfo>;
  /** Which restart this was, from 1 (`JobRestartCount`). */
  readonly jobRestartCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Phase the job was in when it happened (`OccurPhase`). */
  readonly occurPhase?: Maybe<Scalars['String']['output']>;
  /** When it happened (`OccurTime`). */
  readonly occurTime?: Maybe<Scalars['DateTime']['output']>;
  /** Why the job restarted (`Reason`). */
  readonly reason?: Maybe<Scalars['String']['output']>;
  /** Seconds the restart took (`RestartDurationInSec`). */
  readonly restartDurationInSec?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Why the restart failed, if it did (`RestartFailReason`). */
  readonly restartFailReason?: Maybe<Scalars['String']['output']>;
  /** What was restarted (`RestartLevelType`), e.g. job or pod level. */
  readonly restartLevelType?: Maybe<Scalars['String']['output']>;
  /** Outcome of the restart (`RestartStatus`). */
  readonly restartStatus?: Maybe<Scalars['String']['output']>;
  /** ID of what triggered it (`TriggerID`). */
  readonly triggerId?: Maybe<Scalars['String']['output']>;
};

/** The main container's seccomp profile (`SeccompProfile`). */
export type PaiSeccompProfile = {
  readonly __typename?: 'PaiSeccompProfile';
  /** Path of a node-local profile when type is `Localhost` (`LocalhostProfile`). */
  readonly localhostProfile?: Maybe<Scalars['String']['output']>;
  /** Profile kind (`Type`): `RuntimeDefault`, `Unconfined` or `Localhost`. */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** The main container's security context (`MainContainerSecurityContext`). */
export type PaiSecurityContext = {
  readonly __typename?: 'PaiSecurityContext';
  /** GID the container runs as (`RunAsGroup`). */
  readonly runAsGroup?: Maybe<Scalars['Int']['output']>;
  /** UID the container runs as (`RunAsUser`). */
  readonly runAsUser?: Maybe<Scalars['Int']['output']>;
  /** Seccomp profile (`SeccompProfile`). */
  readonly seccompProfile?: Maybe<PaiSeccompProfile>;
};

/** The ports a role exposes to the other roles (`ServiceSpec`). */
export type PaiServiceSpec = {
  readonly __typename?: 'PaiServiceSpec';
  /** Main port (`DefaultPort`). */
  readonly defaultPort?: Maybe<Scalars['Int']['output']>;
  /** Number of extra ports (`ExtraPorts`). */
  readonly extraPorts?: Maybe<Scalars['Int']['output']>;
  /** How the role is exposed (`ServiceMode`). */
  readonly serviceMode?: Maybe<Scalars['String']['output']>;
};

/** How a role bids for spot (preemptible) instances (`SpotSpec`). */
export type PaiSpotSpec = {
  readonly __typename?: 'PaiSpotSpec';
  /** Highest discount off the pay-as-you-go price accepted (`SpotDiscountLimit`), e.g. 0.5. */
  readonly spotDiscountLimit?: Maybe<Scalars['Float']['output']>;
  /** Highest hourly price accepted per instance (`SpotPriceLimit`). */
  readonly spotPriceLimit?: Maybe<Scalars['Float']['output']>;
  /** Bidding strategy (`SpotStrategy`), e.g. `SpotWithPriceLimit` or `SpotAsPriceGo`. */
  readonly spotStrategy?: Maybe<Scalars['String']['output']>;
};

/** A role that must reach a phase before this role starts (`StartupDependencies` entry). */
export type PaiStartupDependency = {
  readonly __typename?: 'PaiStartupDependency';
  /** How many of its replicas must reach it (`MinReplicas`), as PAI sends it (a string). */
  readonly minReplicas?: Maybe<Scalars['String']['output']>;
  /** The phase it must reach (`OnPhase`), e.g. `Running`. */
  readonly onPhase?: Maybe<Scalars['String']['output']>;
  /** The role waited for (`Type`), e.g. `Master`. */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** One interval of a PAI-DLC job's status timeline (`StatusHistory` entry), oldest first. */
export type PaiStatusTransition = {
  readonly __typename?: 'PaiStatusTransition';
  /** When it left the status (`EndTime`); null for the status the job is still in. */
  readonly endTime?: Maybe<Scalars['DateTime']['output']>;
  /** PAI's own status of the interval (`Status`), unchanged; empty when absent. */
  readonly providerStatus: Scalars['String']['output'];
  /** Why it entered the status (`ReasonCode`), e.g. `JobEnqueued`. */
  readonly reasonCode?: Maybe<Scalars['String']['output']>;
  /** The same reason in words (`ReasonMessage`). */
  readonly reasonMessage?: Maybe<Scalars['String']['output']>;
  /** When the job entered the status (`StartTime`). */
  readonly startTime?: Maybe<Scalars['DateTime']['output']>;
  /** The status of the interval, normalized like the job status. */
  readonly status: JobStatus;
};

/** A role's system disk (`SystemDisk`). */
export type PaiSystemDisk = {
  readonly __typename?: 'PaiSystemDisk';
  /** Disk category (`Category`), e.g. `cloud_essd`. */
  readonly category?: Maybe<Scalars['String']['output']>;
  /** ESSD performance level (`PerformanceLevel`), e.g. `PL1`. */
  readonly performanceLevel?: Maybe<Scalars['String']['output']>;
  /** Size in GiB (`Size`). */
  readonly size?: Maybe<Scalars['Int']['output']>;
};

/** A tag a PAI-DLC job must carry in its `Settings.Tags` (one `Tags` entry). */
export type PaiTagInput = {
  /** Tag key. */
  readonly key: Scalars['String']['input'];
  /** Tag value; the job must carry exactly this value under the key. */
  readonly value: Scalars['String']['input'];
};

/** Which time of a job a PAI-DLC time window applies to (`TimeRangeField`). */
export enum PaiTimeRangeField {
  /** `GmtCreateTime`: creation (the default). */
  GMT_CREATE_TIME = 'GMT_CREATE_TIME',
  /** `GmtFailedTime`: failure. */
  GMT_FAILED_TIME = 'GMT_FAILED_TIME',
  /** `GmtFinishTime`: finish, whatever the outcome. */
  GMT_FINISH_TIME = 'GMT_FINISH_TIME',
  /** `GmtModifiedTime`: last change of the job record. */
  GMT_MODIFIED_TIME = 'GMT_MODIFIED_TIME',
  /** `GmtRunningTime`: start of running. */
  GMT_RUNNING_TIME = 'GMT_RUNNING_TIME',
  /** `GmtStoppedTime`: stop. */
  GMT_STOPPED_TIME = 'GMT_STOPPED_TIME',
  /** `GmtSubmittedTime`: submission to the cluster. */
  GMT_SUBMITTED_TIME = 'GMT_SUBMITTED_TIME',
  /** `GmtSuccessedTime`: success. */
  GMT_SUCCESSED_TIME = 'GMT_SUCCESSED_TIME'
}

/** A time window, both ends inclusive (`StartTime`, `EndTime`, `TimeRangeField`). Unlike a bare ListJobs call, leaving `from` out does NOT mean "the last 7 days": jobgraph then asks for every job since 2015. */
export type PaiTimeWindowInput = {
  /** Which time of the job the window applies to (`TimeRangeField`). Default: creation time. */
  readonly field?: InputMaybe<PaiTimeRangeField>;
  /** Earliest time (`StartTime`). Default: 2015-01-01, so no job is hidden by PAI's 7-day default. */
  readonly from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latest time (`EndTime`). Default: now. */
  readonly to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The user's VPC the job's pods are attached to (`UserVpc`). */
export type PaiUserVpc = {
  readonly __typename?: 'PaiUserVpc';
  /** Network interface that carries the default route (`DefaultRoute`), e.g. `eth0`. */
  readonly defaultRoute?: Maybe<Scalars['String']['output']>;
  /** Extra CIDR blocks routed through the VPC (`ExtendedCidrs`). */
  readonly extendedCidrs: ReadonlyArray<Scalars['String']['output']>;
  /** Security group ID (`SecurityGroupId`). */
  readonly securityGroupId?: Maybe<Scalars['String']['output']>;
  /** vSwitch ID (`SwitchId`). */
  readonly switchId?: Maybe<Scalars['String']['output']>;
  /** VPC ID (`VpcId`). */
  readonly vpcId?: Maybe<Scalars['String']['output']>;
};

/** A pod (one replica) of a PAI-DLC job (`Pods` entry), or an earlier incarnation of one after a restart (`HistoryPods` entry). */
export type Pod = Node & {
  readonly __typename?: 'Pod';
  /** Seconds the pod has run (`Duration`). GetJob only: selecting it costs the job's one GetJob (shared by every such field of the job). */
  readonly duration?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When the pod was created (`GmtCreateTime`). */
  readonly gmtCreateTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it finished (`GmtFinishTime`). */
  readonly gmtFinishTime?: Maybe<Scalars['DateTime']['output']>;
  /** When it started (`GmtStartTime`). */
  readonly gmtStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** Earlier incarnations of this pod after restarts (`HistoryPods`), oldest last as PAI sends them; empty for an earlier incarnation itself. */
  readonly history: ReadonlyArray<Pod>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** Id of the configured PAI-DLC instance it was read from. */
  readonly instance: Scalars['String']['output'];
  /** IP address of the pod (`Ip`). */
  readonly ip?: Maybe<Scalars['String']['output']>;
  /** The job the pod belongs to (already loaded with the pod: no call). */
  readonly job: PaiJob;
  /** JobId of the job the pod belongs to. */
  readonly jobId: Scalars['String']['output'];
  /** Node the pod runs (or ran) on (`NodeName`). */
  readonly nodeName?: Maybe<Scalars['String']['output']>;
  /** Pod ID (`PodId`), e.g. `dlc-...-worker-0`, as GetPodLogs takes it. Earlier incarnations share it; `podUid` tells them apart. */
  readonly podId: Scalars['String']['output'];
  /** IP address of the pod as ListJobs also reports it (`PodIp`). */
  readonly podIp?: Maybe<Scalars['String']['output']>;
  /** Network interfaces of the pod (`PodIps`). */
  readonly podIps: ReadonlyArray<PaiPodNetworkInterface>;
  /** Kubernetes UID of this incarnation (`PodUid`). */
  readonly podUid?: Maybe<Scalars['String']['output']>;
  /** Region of the configured PAI-DLC instance it was read from. */
  readonly region: Scalars['String']['output'];
  /** How the pod's resources are paid for (`ResourceType`), e.g. Normal or Spot. GetJob only: selecting it costs the job's one GetJob (shared by every such field of the job). */
  readonly resourceType?: Maybe<Scalars['String']['output']>;
  /** The pod's own status (`Status`), e.g. Running, Succeeded, Failed. */
  readonly status?: Maybe<Scalars['String']['output']>;
  /** Finer status within it (`SubStatus`). */
  readonly subStatus?: Maybe<Scalars['String']['output']>;
  /** Profiling types the pod supports (`supportedProfilingTypes`), e.g. while it runs. */
  readonly supportedProfilingTypes?: Maybe<Scalars['String']['output']>;
  /** The role the pod plays (`Type`): Worker, PS, Chief, Master, ... */
  readonly type?: Maybe<Scalars['String']['output']>;
};

/** An upstream job API. */
export enum Provider {
  /** Alibaba Cloud EMR Serverless Spark (API 2023-08-08): workspaces and Spark job runs. */
  EMR_SERVERLESS_SPARK = 'EMR_SERVERLESS_SPARK',
  /** Apache Gravitino jobs REST API: job templates and job runs per metalake. */
  GRAVITINO = 'GRAVITINO',
  /** Alibaba Cloud PAI-DLC (API 2020-12-03): deep-learning training jobs and their pods. */
  PAI_DLC = 'PAI_DLC',
  /** Alibaba Cloud Serverless App Engine (API 2019-05-06): job templates and their executions. */
  SAE = 'SAE'
}

export type Query = {
  readonly __typename?: 'Query';
  /** The job templates of one configured Gravitino metalake, in registration order, with every field (`details=true`). Both paging directions work. Null (with an error) when Gravitino fails. */
  readonly gravitinoJobTemplates?: Maybe<GravitinoJobTemplateConnection>;
  /** The jobs of one configured Gravitino metalake, newest queued first unless `orderBy` says otherwise. Gravitino returns the whole list, so both paging directions work. Null (with an error) when Gravitino fails. */
  readonly gravitinoJobs?: Maybe<GravitinoJobConnection>;
  /** The Gravitino metalakes this gateway is configured to read, with their details: instance after instance in config order, each in config order. Null (with an error) when Gravitino fails. */
  readonly gravitinoMetalakes?: Maybe<GravitinoMetalakeConnection>;
  /** Jobs of every configured provider instance, newest first (createdAt descending, then id). Sources that fail are reported in `sources` and `errors`; the rest still arrive. */
  readonly jobs?: Maybe<JobConnection>;
  /** The object with this global id; null if it no longer exists. */
  readonly node?: Maybe<Node>;
  /** The objects with these ids, in order; null where one does not exist (up to 100). */
  readonly nodes: ReadonlyArray<Maybe<Node>>;
  /** PAI-DLC jobs (ListJobs) of every configured PAI-DLC instance, instances in config order, newest created first unless `orderBy` says otherwise. Pages both ways. Several statuses in the filter cost one ListJobs per status and instance, merged in order (ties: in PAI status order). Null, with an error, when PAI-DLC cannot be read. */
  readonly paiJobs?: Maybe<PaiJobConnection>;
  /** SAE job templates (ListJobs) of every configured SAE instance, instances in config order. Null, with an error, when SAE cannot be read. */
  readonly saeJobTemplates?: Maybe<SaeJobTemplateConnection>;
  /** EMR Serverless Spark workspaces (ListWorkspaces) of every configured EMR instance, instances in config order, each in EMR's own order. Forward paging only (first/after). Null, with an error, when EMR cannot be read. */
  readonly workspaces?: Maybe<WorkspaceConnection>;
};


export type QueryGravitinoJobTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  instance?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  metalake: Scalars['String']['input'];
};


export type QueryGravitinoJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  instance?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  metalake: Scalars['String']['input'];
  orderBy?: InputMaybe<GravitinoJobOrder>;
};


export type QueryGravitinoMetalakesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GravitinoMetalakeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: ReadonlyArray<Scalars['ID']['input']>;
};


export type QueryPaiJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaiJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaiJobOrder>;
};


export type QuerySaeJobTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SaeJobTemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SaeJobTemplateOrder>;
};


export type QueryWorkspacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkspaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A scheduled job template: TriggerConfig of type `time`, which runs the template on a cron schedule. */
export type SaeCronTrigger = {
  readonly __typename?: 'SaeCronTrigger';
  /** The cron expression (TriggerConfig `config`), e.g. `0 1 *\/1 * ?`. */
  readonly cron: Scalars['String']['output'];
  /** The time zone the cron expression is read in (TriggerConfig `timezone`), as SAE spells it, e.g. `GMT+8:00`. */
  readonly timezone?: Maybe<Scalars['String']['output']>;
};

/** A one-time job template run by HTTP requests: TriggerConfig of type `http`, whose `config` holds the HTTP trigger rules (EventBridge SourceHttpEventParameters). */
export type SaeHttpTrigger = {
  readonly __typename?: 'SaeHttpTrigger';
  /** Source IPs or CIDR blocks allowed to call it (config `ip`), used when securityConfig is `ip`. */
  readonly ips: ReadonlyArray<Scalars['String']['output']>;
  /** Accepted request methods (config `method`), e.g. `GET`, `POST`. */
  readonly methods: ReadonlyArray<Scalars['String']['output']>;
  /** Accepted protocol (config `type`): `HTTP`, `HTTPS` or `HTTP&HTTPS`. */
  readonly protocol?: Maybe<Scalars['String']['output']>;
  /** Referers allowed to call it (config `referer`), used when securityConfig is `referer`. */
  readonly referers: ReadonlyArray<Scalars['String']['output']>;
  /** Which check guards the trigger (config `securityConfig`): `none`, `ip` or `referer`. */
  readonly securityConfig?: Maybe<Scalars['String']['output']>;
};

/** One execution (run) of an SAE job template (DescribeJobHistory / DescribeJobStatus). */
export type SaeJobExecution = Job & Node & {
  readonly __typename?: 'SaeJobExecution';
  /** Number of running instances (`Active`). */
  readonly active?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** ID of the job template it ran from (`AppId`). */
  readonly appId: Scalars['String']['output'];
  /** The job template's name (`AppName`), when known. */
  readonly appName?: Maybe<Scalars['String']['output']>;
  /** When SAE created the execution (`StartTime`). */
  readonly createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who started the execution: SAE does not say (DescribeJobHistory has no such field), so always null. */
  readonly creator?: Maybe<Scalars['String']['output']>;
  /** finishedAt − startedAt in milliseconds, when both are known. */
  readonly durationMs?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Number of instances that failed (`Failed`). */
  readonly failed?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When the execution completed (`CompletionTime`). */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** Id of the configured SAE instance (account + region) it was read from. */
  readonly instance: Scalars['String']['output'];
  /** Execution ID (`JobId`), SAE's own id for the run: `manual-<uuid>`, `event-<uuid>`, or `<AppName>-<epoch minutes>` for scheduled runs. */
  readonly jobId: Scalars['String']['output'];
  /** Why the execution failed or is waiting (`Message`). */
  readonly message?: Maybe<Scalars['String']['output']>;
  /** The job template's name (executions are runs of a named template); the JobId when the name is not known. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Always SAE. */
  readonly provider: Provider;
  /** SAE's own state code (`State`) unchanged: "0".."3"; empty when SAE sent none. */
  readonly providerStatus: Scalars['String']['output'];
  /** Region of the configured SAE instance it was read from (e.g. `cn-hangzhou`). */
  readonly region: Scalars['String']['output'];
  /** When it started running: `StartTime`, except null while it has not executed yet (state "0"). */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Execution state (`State`); null when absent or a code jobgraph does not know (providerStatus keeps it). */
  readonly state?: Maybe<SaeJobState>;
  /** State normalized: "0"→PENDING, "1"→SUCCEEDED, "2"→FAILED, "3"→RUNNING, else UNKNOWN. */
  readonly status: JobStatus;
  /** Number of instances that succeeded (`Succeeded`). */
  readonly succeeded?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The job template it ran from. Looked up by AppId, batched with every other lookup of the request; free when the template was listed. */
  readonly template: SaeJobTemplate;
};

/** A page of one SAE job template's executions, newest first (Relay connection; DescribeJobHistory pages by number, so both directions work). */
export type SaeJobExecutionConnection = {
  readonly __typename?: 'SaeJobExecutionConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<SaeJobExecutionEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<SaeJobExecution>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One SaeJobExecution and the cursor that resumes the list right after it. */
export type SaeJobExecutionEdge = {
  readonly __typename?: 'SaeJobExecutionEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The SaeJobExecution; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<SaeJobExecution>;
};

/** An SAE job execution state as SAE reports it (DescribeJobHistory `State`, ListJobs `LastJobState`). Each maps to one JobStatus: NOT_EXECUTED→PENDING, SUCCEEDED→SUCCEEDED, FAILED→FAILED, EXECUTING→RUNNING. */
export enum SaeJobState {
  /** "3": executing. */
  EXECUTING = 'EXECUTING',
  /** "2": the execution failed. */
  FAILED = 'FAILED',
  /** "0": created, not executed yet. */
  NOT_EXECUTED = 'NOT_EXECUTED',
  /** "1": the execution succeeded. */
  SUCCEEDED = 'SUCCEEDED'
}

/** An SAE (Serverless App Engine) job template: an application with Workload=job that SAE runs on a schedule or on request. Its runs are `executions`. */
export type SaeJobTemplate = Node & {
  readonly __typename?: 'SaeJobTemplate';
  /** Number of running instances (`Active`) of the latest execution. */
  readonly active?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Job template description (`AppDescription`). */
  readonly appDescription?: Maybe<Scalars['String']['output']>;
  /** Job template ID (`AppId`), SAE's own id for it. */
  readonly appId: Scalars['String']['output'];
  /** Job template name (`AppName`). */
  readonly appName?: Maybe<Scalars['String']['output']>;
  /** When the latest execution completed (`CompletionTime`). */
  readonly completionTime?: Maybe<Scalars['DateTime']['output']>;
  /** CPU per instance in millicores (`Cpu`): 500, 1000, 2000, 4000, 8000, 16000 or 32000. */
  readonly cpu?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The template's executions (DescribeJobHistory), newest first. */
  readonly executions: SaeJobExecutionConnection;
  /** Number of failed instances (`Failed`) of the latest execution. */
  readonly failed?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** Container image the template runs (`ImageUrl`), a registry reference such as `registry.cn-hangzhou.aliyuncs.com/ns/repo:tag`; null when SAE sends none (e.g. code-package templates). */
  readonly imageUrl?: Maybe<Scalars['String']['output']>;
  /** Id of the configured SAE instance (account + region) it was read from. */
  readonly instance: Scalars['String']['output'];
  /** Whether the last release (change) order succeeded, as SAE spells it (`LastChangeorderState`): "0" failed, "1" succeeded. */
  readonly lastChangeorderState?: Maybe<Scalars['String']['output']>;
  /** lastChangeorderState read as a boolean; null when absent or not "0"/"1". */
  readonly lastChangeorderSucceeded?: Maybe<Scalars['Boolean']['output']>;
  /** State of the latest execution (`LastJobState`); null when absent or a code jobgraph does not know. */
  readonly lastJobState?: Maybe<SaeJobState>;
  /** lastJobState normalized; UNKNOWN when absent or not known. */
  readonly lastJobStatus: JobStatus;
  /** When the latest execution started (`LastStartTime`). */
  readonly lastStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** Memory per instance in MB (`Mem`), paired with cpu, e.g. 1024 for 500 or 1000 millicores. */
  readonly mem?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Additional information SAE gives about the template (`Message`). */
  readonly message?: Maybe<Scalars['String']['output']>;
  /** Namespace ID (`NamespaceId`), e.g. `cn-beijing:demo`. */
  readonly namespaceId?: Maybe<Scalars['String']['output']>;
  /** Region of the configured SAE instance it was read from (e.g. `cn-hangzhou`). */
  readonly region: Scalars['String']['output'];
  /** Region ID of the template as SAE reports it (`RegionId`), e.g. `cn-beijing`. */
  readonly regionId?: Maybe<Scalars['String']['output']>;
  /** Number of successfully run instances (`Succeeded`) of the latest execution. */
  readonly succeeded?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Whether the job template is paused (`Suspend`). */
  readonly suspended?: Maybe<Scalars['Boolean']['output']>;
  /** Job template tags (`Tags`). */
  readonly tags: ReadonlyArray<SaeTag>;
  /** The trigger parsed from TriggerConfig; null when TriggerConfig is absent or of a shape jobgraph does not know (see triggerConfig). */
  readonly trigger?: Maybe<SaeTrigger>;
  /** The trigger configuration exactly as SAE sent it (`TriggerConfig`, a JSON string): `{"type":"time",...}` for scheduled jobs, `{"type":"http",...}` for one-time jobs. */
  readonly triggerConfig?: Maybe<Scalars['String']['output']>;
};


/** An SAE (Serverless App Engine) job template: an application with Workload=job that SAE runs on a schedule or on request. Its runs are `executions`. */
export type SaeJobTemplateExecutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<SaeJobState>;
  status?: InputMaybe<JobStatus>;
};

/** A page of SAE job templates (Relay connection; ListJobs pages by number, so both directions work). */
export type SaeJobTemplateConnection = {
  readonly __typename?: 'SaeJobTemplateConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<SaeJobTemplateEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<SaeJobTemplate>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One SaeJobTemplate and the cursor that resumes the list right after it. */
export type SaeJobTemplateEdge = {
  readonly __typename?: 'SaeJobTemplateEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The SaeJobTemplate; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<SaeJobTemplate>;
};

/** Which SAE job templates to list. Every field narrows the list; ListJobs applies them upstream. */
export type SaeJobTemplateFilter = {
  /** Only these job template IDs (FieldType=appIds, FieldValue=the ids joined by commas). An empty list matches nothing. */
  readonly appIds?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Job template name (`AppName`); SAE matches names containing it. (FieldType=appName filters the same way, so it has no field of its own.) */
  readonly appName?: InputMaybe<Scalars['String']['input']>;
  /** Only these configured SAE instances (ids), in config order. Default: all. */
  readonly instances?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Namespace ID (`NamespaceId`), e.g. `cn-beijing:demo`. */
  readonly namespaceId?: InputMaybe<Scalars['String']['input']>;
  /** Only instances configured for these regions (e.g. `cn-hangzhou`). Default: all. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Tags every listed template must carry (`Tags`). */
  readonly tags?: InputMaybe<ReadonlyArray<SaeTagFilter>>;
};

/** How ListJobs sorts job templates (`OrderBy` and `Reverse`). Without it SAE lists in its default order. */
export type SaeJobTemplateOrder = {
  /** true sorts ascending (`Reverse`=true); false, SAE's default, descending. */
  readonly ascending?: Scalars['Boolean']['input'];
  /** What to sort by (`OrderBy`). */
  readonly field: SaeJobTemplateOrderField;
};

/** What ListJobs can sort job templates by (`OrderBy`). */
export enum SaeJobTemplateOrderField {
  /** `running`: the number of running instances. */
  RUNNING_INSTANCES = 'RUNNING_INSTANCES',
  /** `instances`: the number of target instances. */
  TARGET_INSTANCES = 'TARGET_INSTANCES'
}

/** A tag on an SAE job template (`Tags` item). */
export type SaeTag = {
  readonly __typename?: 'SaeTag';
  /** Tag key (`Key`). */
  readonly key: Scalars['String']['output'];
  /** Tag value (`Value`); null when SAE sent the key alone. */
  readonly value?: Maybe<Scalars['String']['output']>;
};

/** A tag a job template must carry (one ListJobs `Tags` entry). */
export type SaeTagFilter = {
  /** Tag key. */
  readonly key: Scalars['String']['input'];
  /** Tag value; leave it out to match any value of the key. */
  readonly value?: InputMaybe<Scalars['String']['input']>;
};

/** A job template's trigger, parsed from TriggerConfig: a cron schedule or HTTP trigger rules. */
export type SaeTrigger = SaeCronTrigger | SaeHttpTrigger;

/** An EMR Serverless Spark workspace (ListWorkspaces): the unit that holds Spark job runs, queues and a resource quota. */
export type Workspace = Node & {
  readonly __typename?: 'Workspace';
  /** Whether auto-renewal is on (`autoRenew`). Subscription only. */
  readonly autoRenew?: Maybe<Scalars['Boolean']['output']>;
  /** The auto-renewal duration (`autoRenewPeriod`). Subscription only. */
  readonly autoRenewPeriod?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Unit of the auto-renewal duration (`autoRenewPeriodUnit`): YEAR, MONTH, WEEK, DAY, HOUR or MINUTE. */
  readonly autoRenewPeriodUnit?: Maybe<Scalars['String']['output']>;
  /** When the workspace was created (`createTime`). */
  readonly createTime?: Maybe<Scalars['DateTime']['output']>;
  /** The attached DLF catalog (`dlfCatalogId`), e.g. "default". */
  readonly dlfCatalogId?: Maybe<Scalars['String']['output']>;
  /** The type (version) of the attached DLF (`dlfType`), e.g. "1.0". */
  readonly dlfType?: Maybe<Scalars['String']['output']>;
  /** The subscription duration, in paymentDurationUnit (`duration`). Subscription only. */
  readonly duration?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When the workspace was released (`endTime`); null while it exists. */
  readonly endTime?: Maybe<Scalars['DateTime']['output']>;
  /** Why the workspace failed (`failReason`), e.g. "out of stock". */
  readonly failReason?: Maybe<Scalars['String']['output']>;
  /** GPU specifications available to the workspace (`gpuSpec`; SDK field). */
  readonly gpuSpec: ReadonlyArray<Scalars['String']['output']>;
  /** Opaque global id: enough to refetch this object with `node(id:)`. */
  readonly id: Scalars['ID']['output'];
  /** ID of the configured jobgraph instance (account + region) it was read from. */
  readonly instance: Scalars['String']['output'];
  /** The IP allow-list of the workspace (`ipWhiteList`; SDK field). */
  readonly ipWhiteList: ReadonlyArray<Scalars['String']['output']>;
  /** The workspace's Spark job runs (ListJobRuns), in EMR's own order. Forward paging only (first/after). */
  readonly jobRuns: JobRunConnection;
  /** Unit of the subscription duration (`paymentDurationUnit`): YEAR, MONTH, WEEK, DAY, HOUR or MINUTE. Subscription only. */
  readonly paymentDurationUnit?: Maybe<Scalars['String']['output']>;
  /** The payment status (`paymentStatus`): PAID or UNPAID. */
  readonly paymentStatus?: Maybe<Scalars['String']['output']>;
  /** The billing method (`paymentType`): PayAsYouGo or Subscription. */
  readonly paymentType?: Maybe<Scalars['String']['output']>;
  /** The subscription resource quota (`prePaidQuota`), its JSON resource strings parsed. */
  readonly prePaidQuota?: Maybe<WorkspacePrePaidQuota>;
  /** GPU subscription quotas (`prePaidQuotaGpu`; SDK field). */
  readonly prePaidQuotaGpu: ReadonlyArray<WorkspacePrePaidQuotaGpu>;
  /** Always EMR_SERVERLESS_SPARK. */
  readonly provider: Provider;
  /** Region of the configured EMR instance it was read from (e.g. `cn-hangzhou`); ListWorkspaces is regional. */
  readonly region: Scalars['String']['output'];
  /** The region ID EMR reports for the workspace (`regionId`), e.g. "cn-shanghai". */
  readonly regionId?: Maybe<Scalars['String']['output']>;
  /** Why the workspace was released (`releaseType`), e.g. SERVICE_RELEASE. */
  readonly releaseType?: Maybe<Scalars['String']['output']>;
  /** The resource group the workspace belongs to (`resourceGroupId`; SDK field). */
  readonly resourceGroupId?: Maybe<Scalars['String']['output']>;
  /** The resource specification (`resourceSpec`), e.g. "100cu". */
  readonly resourceSpec?: Maybe<Scalars['String']['output']>;
  /** The last change of the workspace state (`stateChangeReason`). */
  readonly stateChangeReason?: Maybe<EmrStateChangeReason>;
  /** The OSS path the workspace stores results in (`storage`). */
  readonly storage?: Maybe<Scalars['String']['output']>;
  /** The tags of the workspace (`tags`); entries without a key are left out. */
  readonly tags: ReadonlyArray<EmrTag>;
  /** The workspace ID (`workspaceId`), EMR's own id, e.g. `w-d2d82aa09155****`. */
  readonly workspaceId: Scalars['String']['output'];
  /** The name of the workspace (`workspaceName`). */
  readonly workspaceName?: Maybe<Scalars['String']['output']>;
  /** The state of the workspace (`workspaceStatus`) as EMR sends it: STARTING, RUNNING or TERMINATED. */
  readonly workspaceStatus?: Maybe<Scalars['String']['output']>;
};


/** An EMR Serverless Spark workspace (ListWorkspaces): the unit that holds Spark job runs, queues and a resource quota. */
export type WorkspaceJobRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of EMR Serverless Spark workspaces. totalCount sums ListWorkspaces `totalCount` over the instances listed. */
export type WorkspaceConnection = {
  readonly __typename?: 'WorkspaceConnection';
  /** The page, one edge per item. */
  readonly edges: ReadonlyArray<WorkspaceEdge>;
  /** The page without cursors. */
  readonly nodes: ReadonlyArray<Maybe<Workspace>>;
  /** Cursors of the first and last edge, and whether more items lie beyond them. */
  readonly pageInfo: PageInfo;
  /** Items in the whole list, when the provider reports it. */
  readonly totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Workspace and the cursor that resumes the list right after it. */
export type WorkspaceEdge = {
  readonly __typename?: 'WorkspaceEdge';
  /** Opaque cursor: pass it as `after` (or `before`) to continue from this edge. */
  readonly cursor: Scalars['String']['output'];
  /** The Workspace; null only when it failed to resolve (see errors). */
  readonly node?: Maybe<Workspace>;
};

/** Which EMR Serverless Spark workspaces to list (every ListWorkspaces filter). */
export type WorkspaceFilter = {
  /** Only these configured EMR instances (ids), read in config order. Default: all. */
  readonly instances?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Workspace name; fuzzy (substring) match (`name`). */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** Only instances in these regions (e.g. cn-hangzhou). ListWorkspaces is regional: each instance is one region. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Resource group of the workspace (`resourceGroupId`; SDK filter). */
  readonly resourceGroupId?: InputMaybe<Scalars['String']['input']>;
  /** Workspace state (`state`), e.g. RUNNING. */
  readonly state?: InputMaybe<Scalars['String']['input']>;
  /** Tags the workspace must all carry (`tag`). */
  readonly tags?: InputMaybe<ReadonlyArray<EmrKeyValueInput>>;
};

/** The subscription (pre-paid) resource quota of an EMR Serverless Spark workspace (`prePaidQuota`). */
export type WorkspacePrePaidQuota = {
  readonly __typename?: 'WorkspacePrePaidQuota';
  /** The amount of resources allocated (`allocatedResource`). */
  readonly allocatedResource?: Maybe<EmrQuotaResources>;
  /** Whether the quota renews itself when it expires (`autoRenewal`); if false it becomes unavailable then. */
  readonly autoRenewal?: Maybe<Scalars['Boolean']['output']>;
  /** When the quota was created (`createTime`). */
  readonly createTime?: Maybe<Scalars['DateTime']['output']>;
  /** When the quota expires (`expireTime`). */
  readonly expireTime?: Maybe<Scalars['DateTime']['output']>;
  /** ID of the resource instance behind the quota (`instanceId`), e.g. "i-abc12345". */
  readonly instanceId?: Maybe<Scalars['String']['output']>;
  /** The most resources that can be used (`maxResource`). */
  readonly maxResource?: Maybe<EmrQuotaResources>;
  /** ID of the order that bought the quota (`orderId`). */
  readonly orderId?: Maybe<Scalars['String']['output']>;
  /** Payment status of the quota (`paymentStatus`): NORMAL (active), WAIT_FOR_EXPIRE (about to expire) or EXPIRED. */
  readonly paymentStatus?: Maybe<Scalars['String']['output']>;
  /** The amount of resources in use (`usedResource`). */
  readonly usedResource?: Maybe<EmrQuotaResources>;
};

/** A GPU subscription quota of an EMR Serverless Spark workspace (`prePaidQuotaGpu`). Present in the official SDK, not described on the doc page; field meanings follow their names. */
export type WorkspacePrePaidQuotaGpu = {
  readonly __typename?: 'WorkspacePrePaidQuotaGpu';
  /** Whether the quota renews itself (`autoRenewal`). */
  readonly autoRenewal?: Maybe<Scalars['Boolean']['output']>;
  /** CPU cores of the quota (`cpuCoreCount`), as sent. */
  readonly cpuCoreCount?: Maybe<Scalars['String']['output']>;
  /** When the quota was created (`createTime`). */
  readonly createTime?: Maybe<Scalars['DateTime']['output']>;
  /** When the quota expires (`expireTime`). */
  readonly expireTime?: Maybe<Scalars['DateTime']['output']>;
  /** GPU amount (`gpuAmount`). */
  readonly gpuAmount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Number of GPU machines (`gpuMachineNum`). */
  readonly gpuMachineNum?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** GPU memory size (`gpuMemorySize`). */
  readonly gpuMemorySize?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Number of GPUs (`gpuNum`). */
  readonly gpuNum?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** GPU specification (`gpuSpec`). */
  readonly gpuSpec?: Maybe<Scalars['String']['output']>;
  /** ID of the resource instance behind the quota (`instanceId`). */
  readonly instanceId?: Maybe<Scalars['String']['output']>;
  /** Instance type family (`instanceTypeFamily`). */
  readonly instanceTypeFamily?: Maybe<Scalars['String']['output']>;
  /** Instance type (`instanceTypeId`). */
  readonly instanceTypeId?: Maybe<Scalars['String']['output']>;
  /** Memory size of the quota (`memorySize`), as sent. */
  readonly memorySize?: Maybe<Scalars['String']['output']>;
  /** ID of the order that bought the quota (`orderId`). */
  readonly orderId?: Maybe<Scalars['String']['output']>;
  /** Payment status of the quota (`paymentStatus`). */
  readonly paymentStatus?: Maybe<Scalars['String']['output']>;
};

/** An EMR Serverless Spark job run's own state (`state`), as documented for ListJobRuns. */
export type EmrJobRunState =
  /** `Cancelled`: the job was cancelled. */
  | 'CANCELLED'
  /** `Cancelling`: the job is being cancelled. */
  | 'CANCELLING'
  /** `CancelFailed`: the job could not be cancelled. */
  | 'CANCEL_FAILED'
  /** `Failed`: the job failed. */
  | 'FAILED'
  /** `Pending`: the job is waiting for resources. */
  | 'PENDING'
  /** `Running`: the job is running. */
  | 'RUNNING'
  /** `Submitted`: the job is submitted. */
  | 'SUBMITTED'
  /** `Success`: the job succeeded. */
  | 'SUCCESS';

/** A `{key, value}` pair an EMR Serverless Spark list filter must match. */
export type EmrKeyValueInput = {
  /** The key; must not be empty. */
  readonly key: string;
  /** The value. */
  readonly value: string;
};

/** Filters of a Gravitino job list: every listJobs filter, plus statuses. Time bounds are inclusive. */
export type GravitinoJobFilter = {
  /** Only jobs finished at or after this instant; unfinished jobs are excluded (`finishedAfter`). */
  readonly finishedAfter?: string | null | undefined;
  /** Only jobs of this job template (listJobs `jobTemplateName`); an unknown template is an error (NOT_FOUND). */
  readonly jobTemplateName?: string | null | undefined;
  /** Only jobs queued at or after this instant (listJobs `queuedAfter`). */
  readonly queuedAfter?: string | null | undefined;
  /** Only jobs started at or after this instant; jobs not started yet are excluded (`startedAfter`). */
  readonly startedAfter?: string | null | undefined;
  /** Only jobs with one of these statuses. Gravitino has no status filter: the gateway filters the list, so `statusCounts` still counts every status. */
  readonly statuses?: ReadonlyArray<JobStatus> | null | undefined;
};

/** The order of a Gravitino job list, applied by the server. Default: newest queued first. */
export type GravitinoJobOrder = {
  /** The direction; DESC when omitted. */
  readonly direction?: GravitinoOrderDirection | null | undefined;
  /** The time to sort by; QUEUED_AT when omitted. */
  readonly field?: GravitinoJobOrderField | null | undefined;
};

/** The time Gravitino sorts jobs by (listJobs `sortBy`). Jobs without that time come last in either direction. */
export type GravitinoJobOrderField =
  /** `finishedAt`, when the job finished. */
  | 'FINISHED_AT'
  /** `queuedAt`, when the job was queued (the server default). */
  | 'QUEUED_AT'
  /** `startedAt`, when the job started. */
  | 'STARTED_AT';

/** Filters of the jobs of one Gravitino job template. Time bounds are inclusive. */
export type GravitinoJobRunFilter = {
  /** Only jobs finished at or after this instant; unfinished jobs are excluded (`finishedAfter`). */
  readonly finishedAfter?: string | null | undefined;
  /** Only jobs queued at or after this instant (listJobs `queuedAfter`). */
  readonly queuedAfter?: string | null | undefined;
  /** Only jobs started at or after this instant; jobs not started yet are excluded (`startedAfter`). */
  readonly startedAfter?: string | null | undefined;
  /** Only jobs with one of these statuses. Gravitino has no status filter: the gateway filters the list, so `statusCounts` still counts every status. */
  readonly statuses?: ReadonlyArray<JobStatus> | null | undefined;
};

/** A Gravitino job template's `jobType`. The server's own spelling is in `providerJobType`. */
export type GravitinoJobType =
  /** `shell`: runs an executable (a script or binary) with helper scripts. */
  | 'SHELL'
  /** `spark`: submits a Spark application (a JAR with a main class, or a PySpark file). */
  | 'SPARK'
  /** A job type this gateway does not know yet (a newer server); only the common fields are read. */
  | 'UNKNOWN';

/** Filters of the configured Gravitino metalakes. */
export type GravitinoMetalakeFilter = {
  /** Only metalakes of these configured Gravitino instance ids. */
  readonly instances?: ReadonlyArray<string> | null | undefined;
};

/** Sort direction (listJobs `sortOrder`). */
export type GravitinoOrderDirection =
  /** `asc`: oldest first. */
  | 'ASC'
  /** `desc`: newest first (the server default). */
  | 'DESC';

/** Where `statusCounts` came from. */
export type GravitinoStatusCountsSource =
  /** Counted by the gateway over the listed jobs, exactly as the server counts: a v1.3.0 server sends none, and a template's runs may be split from one list of its metalake. */
  | 'COUNTED'
  /** Sent by the server (`statusCounts` of listJobs). */
  | 'UPSTREAM';

/** Which of a workspace's job runs to list (every ListJobRuns filter). All conditions must match. */
export type JobRunFilter = {
  /** Spark configurations the run must have (`applicationConfigs`), e.g. {key: "spark.app.name", value: "test"}. */
  readonly applicationConfigs?: ReadonlyArray<EmrKeyValueInput> | null | undefined;
  /** UID of the user who submitted the run (`creator`). */
  readonly creator?: string | null | undefined;
  /** Ended at or after this time (`endTime.startTime`); runs that have not ended do not match. */
  readonly endedAfter?: string | null | undefined;
  /** Ended at or before this time (`endTime.endTime`). */
  readonly endedBefore?: string | null | undefined;
  /** Only workflow tasks (true) or only other runs (false) (`isWorkflow`). */
  readonly isWorkflow?: boolean | null | undefined;
  /** Deployment ID of a streaming job (`jobRunDeploymentId`). */
  readonly jobRunDeploymentId?: string | null | undefined;
  /** One job run ID (`jobRunId`). */
  readonly jobRunId?: string | null | undefined;
  /** Minimum run time in milliseconds (`minDuration`). */
  readonly minDurationMs?: number | null | undefined;
  /** Job name (`name`). */
  readonly name?: string | null | undefined;
  /** The resource queue the run used (`resourceQueueId`). */
  readonly resourceQueueId?: string | null | undefined;
  /** Runtime configurations the run must have (`runtimeConfigs`), e.g. {key: "mainClass", value: "yourClass"}. */
  readonly runtimeConfigs?: ReadonlyArray<EmrKeyValueInput> | null | undefined;
  /** EMR's own states (`states`); any of them matches. */
  readonly states?: ReadonlyArray<EmrJobRunState> | null | undefined;
  /** Normalized statuses, sent as the EMR states that make them up (FAILED → Failed, CancelFailed). With `states` too, a run must match both. */
  readonly statuses?: ReadonlyArray<JobStatus> | null | undefined;
  /** Submitted at or after this time (`startTime.startTime`). */
  readonly submittedAfter?: string | null | undefined;
  /** Submitted at or before this time (`startTime.endTime`). */
  readonly submittedBefore?: string | null | undefined;
  /** Tags the run must all carry (`tags`). */
  readonly tags?: ReadonlyArray<EmrKeyValueInput> | null | undefined;
};

/** A job's lifecycle, the same for every provider. The provider's own status is in `providerStatus`. */
export type JobStatus =
  /** Stopped before it finished. */
  | 'CANCELLED'
  /** A stop was requested and is in progress. */
  | 'CANCELLING'
  /** Finished with a failure. */
  | 'FAILED'
  /** Accepted, not yet running: submitted, queued, preparing. */
  | 'PENDING'
  /** Running (including restarting). */
  | 'RUNNING'
  /** Finished successfully. */
  | 'SUCCEEDED'
  /** A provider status jobgraph does not know yet; see providerStatus. */
  | 'UNKNOWN';

/** How `displayName` matches (`DisplayNameSearchMode`); always case-insensitive. */
export type PaiDisplayNameSearchMode =
  /** `exact`: the whole name. */
  | 'EXACT'
  /** `prefix`: names starting with it. */
  | 'PREFIX'
  /** `wildcard`: names containing it (the default). */
  | 'WILDCARD';

/** Who can see a PAI-DLC job (`Accessibility`). */
export type PaiJobAccessibility =
  /** Only its owner and the workspace administrators. */
  | 'PRIVATE'
  /** Every member of the workspace. */
  | 'PUBLIC';

/** Which PAI-DLC jobs to list. Every field narrows the list; ListJobs applies them upstream. */
export type PaiJobFilter = {
  /** Visibility (`Accessibility`). */
  readonly accessibility?: PaiJobAccessibility | null | undefined;
  /** ID of the user the job is associated with (`BusinessUserId`). */
  readonly businessUserId?: string | null | undefined;
  /** Who submitted it (`Caller`), e.g. `SilkFlow`. */
  readonly caller?: string | null | undefined;
  /** Fragment of the job description (`Description`). */
  readonly description?: string | null | undefined;
  /** Job name (`DisplayName`), case-insensitive; how it matches is `displayNameSearchMode`. */
  readonly displayName?: string | null | undefined;
  /** How `displayName` matches (`DisplayNameSearchMode`). Default: WILDCARD (contains). */
  readonly displayNameSearchMode?: PaiDisplayNameSearchMode | null | undefined;
  /** Jobs that pin (true) or do not pin (false) their nodes (`EnableAssignNode`). */
  readonly enableAssignNode?: boolean | null | undefined;
  /** Across every workspace (`FromAllWorkspaces`); only together with `showOwn: true`. */
  readonly fromAllWorkspaces?: boolean | null | undefined;
  /** Words that must all appear in the image (`ImageSearch`). */
  readonly imageSearch?: string | null | undefined;
  /** Only these configured PAI-DLC instances (ids), in config order. Default: all. */
  readonly instances?: ReadonlyArray<string> | null | undefined;
  /** Fragment of the job ID (`JobId`), case-insensitive; wins over `jobIds`. */
  readonly jobId?: string | null | undefined;
  /** Exact job IDs (`JobIds`); an empty list matches nothing. */
  readonly jobIds?: ReadonlyArray<string> | null | undefined;
  /** Framework (`JobType`): TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ... */
  readonly jobType?: string | null | undefined;
  /** A range on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`). */
  readonly numericRange?: PaiNumericRangeInput | null | undefined;
  /** Use of idle (oversold) quota (`OversoldInfo`). */
  readonly oversoldInfo?: PaiOversoldInfo | null | undefined;
  /** How the resources are paid for (`PaymentType`). */
  readonly paymentType?: PaiPaymentType | null | undefined;
  /** Pipeline ID (`PipelineId`). */
  readonly pipelineId?: string | null | undefined;
  /** PAI's own statuses (`Status`); any of them matches. ListJobs takes one Status per call, so several cost one call per status, merged in the requested order (see `Query.paiJobs`). */
  readonly providerStatuses?: ReadonlyArray<PaiJobStatus> | null | undefined;
  /** Words that must all appear in the status reason (`ReasonSearch`). */
  readonly reasonSearch?: string | null | undefined;
  /** Only instances configured for these regions (e.g. `cn-hangzhou`). Default: all. */
  readonly regions?: ReadonlyArray<string> | null | undefined;
  /** Resource group (quota) ID (`ResourceId`); wins over `resourceIds`. */
  readonly resourceId?: string | null | undefined;
  /** Several resource group IDs (`ResourceIds`); an empty list matches nothing. */
  readonly resourceIds?: ReadonlyArray<string> | null | undefined;
  /** Fragment of the resource quota name (`ResourceQuotaName`). */
  readonly resourceQuotaName?: string | null | undefined;
  /** Only the calling account's own jobs (`ShowOwn`). */
  readonly showOwn?: boolean | null | undefined;
  /** Normalized statuses, sent as the PAI statuses that make them up (PENDING → Creating, Queuing, Bidding, EnvPreparing, SanityChecking). With `providerStatuses` too, a job must match both. UNKNOWN matches no documented status, so alone it lists nothing. */
  readonly statuses?: ReadonlyArray<JobStatus> | null | undefined;
  /** Tags the job must all carry (`Tags`). */
  readonly tags?: ReadonlyArray<PaiTagInput> | null | undefined;
  /** Template ID (`TemplateId`). */
  readonly templateId?: string | null | undefined;
  /** Words that must all appear in the command (`UserCommandSearch`). */
  readonly userCommandSearch?: string | null | undefined;
  /** Submitter's UID (`UserIdForFilter`). */
  readonly userId?: string | null | undefined;
  /** Fragment of the submitter's name (`Username`). */
  readonly username?: string | null | undefined;
  /** Time window (`StartTime`, `EndTime`, `TimeRangeField`). Default: every job since 2015, by creation time. */
  readonly window?: PaiTimeWindowInput | null | undefined;
  /** PAI workspace ID (`WorkspaceId`). */
  readonly workspaceId?: string | null | undefined;
};

/** How PAI-DLC sorts a job list (ListJobs `SortBy` and `Order`). Default: newest created first. */
export type PaiJobOrder = {
  /** The direction; DESC when omitted. */
  readonly direction?: PaiOrderDirection | null | undefined;
  /** What to sort by; GMT_CREATE_TIME when omitted. */
  readonly field?: PaiJobOrderField | null | undefined;
};

/** What PAI-DLC sorts jobs by (ListJobs `SortBy`). Jobs without the value (e.g. no finish time yet) come last in either direction. */
export type PaiJobOrderField =
  /** `DisplayName`: job name, case-insensitively. */
  | 'DISPLAY_NAME'
  /** `GmtCreateTime`: creation time (the default). */
  | 'GMT_CREATE_TIME'
  /** `GmtFinishTime`: finish time. */
  | 'GMT_FINISH_TIME'
  /** `GmtModifiedTime`: last change (a console sort key beyond the five documented). */
  | 'GMT_MODIFIED_TIME'
  /** `GmtRunningTime`: start of running (a console sort key beyond the five documented). */
  | 'GMT_RUNNING_TIME'
  /** `GmtSubmittedTime`: submission (a console sort key beyond the five documented). */
  | 'GMT_SUBMITTED_TIME'
  /** `JobType`: framework. */
  | 'JOB_TYPE'
  /** `Status`: PAI status name. */
  | 'STATUS';

/** A PAI-DLC job's own status (`Status`), as documented for ListJobs. `JobStatus` is its normalized form. */
export type PaiJobStatus =
  /** `Bidding`: a Lingjun spot job bidding for instances. Normalized: PENDING. */
  | 'BIDDING'
  /** `Creating`: the job is being created. Normalized: PENDING. */
  | 'CREATING'
  /** `EnvPreparing`: pulling the image and mounting data. Normalized: PENDING. */
  | 'ENV_PREPARING'
  /** `Failed`: finished with a failure. Normalized: FAILED. */
  | 'FAILED'
  /** `FailedReserving`: failed; its pods are kept for inspection for a while. Normalized: FAILED. */
  | 'FAILED_RESERVING'
  /** `Queuing`: waiting in the quota queue for resources. Normalized: PENDING. */
  | 'QUEUING'
  /** `Restarting`: a fault-tolerant restart of a running job. Normalized: RUNNING. */
  | 'RESTARTING'
  /** `Running`: the code runs. Normalized: RUNNING. */
  | 'RUNNING'
  /** `SanityChecking`: the node health check before the code runs. Normalized: PENDING. */
  | 'SANITY_CHECKING'
  /** `Stopped`: stopped by a user or by its maximum running time. Normalized: CANCELLED. */
  | 'STOPPED'
  /** `Stopping`: a stop was asked for and is under way. Normalized: CANCELLING. */
  | 'STOPPING'
  /** `Succeeded`: finished successfully. Normalized: SUCCEEDED. */
  | 'SUCCEEDED'
  /** `SucceededReserving`: succeeded; its pods are kept for inspection for a while. Normalized: SUCCEEDED. */
  | 'SUCCEEDED_RESERVING';

/** The number a PAI-DLC numeric range filter applies to (`NumericRangeField`). */
export type PaiNumericRangeField =
  /** `Duration`: seconds run. */
  | 'DURATION'
  /** `NodeCount`: nodes used. */
  | 'NODE_COUNT'
  /** `Priority`: 1..9. */
  | 'PRIORITY'
  /** `RequestCPU`: vCPUs requested. */
  | 'REQUEST_CPU'
  /** `RequestGPU`: GPUs requested. */
  | 'REQUEST_GPU'
  /** `RequestMemory`: memory requested, in GiB. */
  | 'REQUEST_MEMORY';

/** A range, both ends inclusive, on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`). */
export type PaiNumericRangeInput = {
  /** The number (`NumericRangeField`). */
  readonly field: PaiNumericRangeField;
  /** Largest value (`NumericRangeMax`). */
  readonly max?: number | null | undefined;
  /** Smallest value (`NumericRangeMin`). */
  readonly min?: number | null | undefined;
};

/** Sort direction (ListJobs `Order`). */
export type PaiOrderDirection =
  /** `asc`: smallest (oldest) first. */
  | 'ASC'
  /** `desc`: largest (newest) first (the default). */
  | 'DESC';

/** Whether a PAI-DLC job may, must not, or did use idle (oversold) quota (`OversoldInfo`). */
export type PaiOversoldInfo =
  /** `AcceptQuotaOverSold-false`: either, and it uses guaranteed resources. */
  | 'ACCEPT_QUOTA_OVER_SOLD_FALSE'
  /** `AcceptQuotaOverSold-true`: either, and it uses idle resources. */
  | 'ACCEPT_QUOTA_OVER_SOLD_TRUE'
  /** `ForbiddenQuotaOverSold`: guaranteed resources only. */
  | 'FORBIDDEN_QUOTA_OVER_SOLD'
  /** `ForceQuotaOverSold`: idle resources only. */
  | 'FORCE_QUOTA_OVER_SOLD';

/** How the resources of a PAI-DLC job are paid for (`PaymentType`). */
export type PaiPaymentType =
  /** `PostPaid`: pay-as-you-go public resources. */
  | 'POST_PAID'
  /** `PrePaid`: subscription resource group. */
  | 'PRE_PAID'
  /** `Spot`: preemptible instances. */
  | 'SPOT';

/** A tag a PAI-DLC job must carry in its `Settings.Tags` (one `Tags` entry). */
export type PaiTagInput = {
  /** Tag key. */
  readonly key: string;
  /** Tag value; the job must carry exactly this value under the key. */
  readonly value: string;
};

/** Which time of a job a PAI-DLC time window applies to (`TimeRangeField`). */
export type PaiTimeRangeField =
  /** `GmtCreateTime`: creation (the default). */
  | 'GMT_CREATE_TIME'
  /** `GmtFailedTime`: failure. */
  | 'GMT_FAILED_TIME'
  /** `GmtFinishTime`: finish, whatever the outcome. */
  | 'GMT_FINISH_TIME'
  /** `GmtModifiedTime`: last change of the job record. */
  | 'GMT_MODIFIED_TIME'
  /** `GmtRunningTime`: start of running. */
  | 'GMT_RUNNING_TIME'
  /** `GmtStoppedTime`: stop. */
  | 'GMT_STOPPED_TIME'
  /** `GmtSubmittedTime`: submission to the cluster. */
  | 'GMT_SUBMITTED_TIME'
  /** `GmtSuccessedTime`: success. */
  | 'GMT_SUCCESSED_TIME';

/** A time window, both ends inclusive (`StartTime`, `EndTime`, `TimeRangeField`). Unlike a bare ListJobs call, leaving `from` out does NOT mean "the last 7 days": jobgraph then asks for every job since 2015. */
export type PaiTimeWindowInput = {
  /** Which time of the job the window applies to (`TimeRangeField`). Default: creation time. */
  readonly field?: PaiTimeRangeField | null | undefined;
  /** Earliest time (`StartTime`). Default: 2015-01-01, so no job is hidden by PAI's 7-day default. */
  readonly from?: string | null | undefined;
  /** Latest time (`EndTime`). Default: now. */
  readonly to?: string | null | undefined;
};

/** An upstream job API. */
export type Provider =
  /** Alibaba Cloud EMR Serverless Spark (API 2023-08-08): workspaces and Spark job runs. */
  | 'EMR_SERVERLESS_SPARK'
  /** Apache Gravitino jobs REST API: job templates and job runs per metalake. */
  | 'GRAVITINO'
  /** Alibaba Cloud PAI-DLC (API 2020-12-03): deep-learning training jobs and their pods. */
  | 'PAI_DLC'
  /** Alibaba Cloud Serverless App Engine (API 2019-05-06): job templates and their executions. */
  | 'SAE';

/** An SAE job execution state as SAE reports it (DescribeJobHistory `State`, ListJobs `LastJobState`). Each maps to one JobStatus: NOT_EXECUTED→PENDING, SUCCEEDED→SUCCEEDED, FAILED→FAILED, EXECUTING→RUNNING. */
export type SaeJobState =
  /** "3": executing. */
  | 'EXECUTING'
  /** "2": the execution failed. */
  | 'FAILED'
  /** "0": created, not executed yet. */
  | 'NOT_EXECUTED'
  /** "1": the execution succeeded. */
  | 'SUCCEEDED';

/** Which SAE job templates to list. Every field narrows the list; ListJobs applies them upstream. */
export type SaeJobTemplateFilter = {
  /** Only these job template IDs (FieldType=appIds, FieldValue=the ids joined by commas). An empty list matches nothing. */
  readonly appIds?: ReadonlyArray<string> | null | undefined;
  /** Job template name (`AppName`); SAE matches names containing it. (FieldType=appName filters the same way, so it has no field of its own.) */
  readonly appName?: string | null | undefined;
  /** Only these configured SAE instances (ids), in config order. Default: all. */
  readonly instances?: ReadonlyArray<string> | null | undefined;
  /** Namespace ID (`NamespaceId`), e.g. `cn-beijing:demo`. */
  readonly namespaceId?: string | null | undefined;
  /** Only instances configured for these regions (e.g. `cn-hangzhou`). Default: all. */
  readonly regions?: ReadonlyArray<string> | null | undefined;
  /** Tags every listed template must carry (`Tags`). */
  readonly tags?: ReadonlyArray<SaeTagFilter> | null | undefined;
};

/** How ListJobs sorts job templates (`OrderBy` and `Reverse`). Without it SAE lists in its default order. */
export type SaeJobTemplateOrder = {
  /** true sorts ascending (`Reverse`=true); false, SAE's default, descending. */
  readonly ascending?: boolean;
  /** What to sort by (`OrderBy`). */
  readonly field: SaeJobTemplateOrderField;
};

/** What ListJobs can sort job templates by (`OrderBy`). */
export type SaeJobTemplateOrderField =
  /** `running`: the number of running instances. */
  | 'RUNNING_INSTANCES'
  /** `instances`: the number of target instances. */
  | 'TARGET_INSTANCES';

/** A tag a job template must carry (one ListJobs `Tags` entry). */
export type SaeTagFilter = {
  /** Tag key. */
  readonly key: string;
  /** Tag value; leave it out to match any value of the key. */
  readonly value?: string | null | undefined;
};

/** Which EMR Serverless Spark workspaces to list (every ListWorkspaces filter). */
export type WorkspaceFilter = {
  /** Only these configured EMR instances (ids), read in config order. Default: all. */
  readonly instances?: ReadonlyArray<string> | null | undefined;
  /** Workspace name; fuzzy (substring) match (`name`). */
  readonly name?: string | null | undefined;
  /** Only instances in these regions (e.g. cn-hangzhou). ListWorkspaces is regional: each instance is one region. */
  readonly regions?: ReadonlyArray<string> | null | undefined;
  /** Resource group of the workspace (`resourceGroupId`; SDK filter). */
  readonly resourceGroupId?: string | null | undefined;
  /** Workspace state (`state`), e.g. RUNNING. */
  readonly state?: string | null | undefined;
  /** Tags the workspace must all carry (`tag`). */
  readonly tags?: ReadonlyArray<EmrKeyValueInput> | null | undefined;
};

export type EmrQuotaResourcesFieldsFragment = { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string };

export type EmrWorkspaceFieldsFragment = { readonly id: string, readonly provider: Provider, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly workspaceName: string | null, readonly resourceSpec: string | null, readonly storage: string | null, readonly dlfCatalogId: string | null, readonly dlfType: string | null, readonly paymentType: string | null, readonly paymentDurationUnit: string | null, readonly duration: number | null, readonly autoRenew: boolean | null, readonly autoRenewPeriod: number | null, readonly autoRenewPeriodUnit: string | null, readonly workspaceStatus: string | null, readonly failReason: string | null, readonly paymentStatus: string | null, readonly regionId: string | null, readonly createTime: string | null, readonly endTime: string | null, readonly releaseType: string | null, readonly resourceGroupId: string | null, readonly gpuSpec: ReadonlyArray<string>, readonly ipWhiteList: ReadonlyArray<string>, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly prePaidQuota: { readonly createTime: string | null, readonly expireTime: string | null, readonly autoRenewal: boolean | null, readonly paymentStatus: string | null, readonly instanceId: string | null, readonly orderId: string | null, readonly usedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly maxResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly allocatedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly prePaidQuotaGpu: ReadonlyArray<{ readonly autoRenewal: boolean | null, readonly cpuCoreCount: string | null, readonly createTime: string | null, readonly expireTime: string | null, readonly gpuAmount: number | null, readonly gpuMachineNum: number | null, readonly gpuMemorySize: number | null, readonly gpuNum: number | null, readonly gpuSpec: string | null, readonly instanceId: string | null, readonly instanceTypeFamily: string | null, readonly instanceTypeId: string | null, readonly memorySize: string | null, readonly orderId: string | null, readonly paymentStatus: string | null }> };

export type EmrJobRunFieldsFragment = { readonly id: string, readonly provider: Provider, readonly jobRunId: string, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly state: EmrJobRunState | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly submitTime: string | null, readonly endTime: string | null, readonly creator: string | null, readonly codeType: string | null, readonly webUI: string | null, readonly executionTimeoutSeconds: number | null, readonly releaseVersion: string | null, readonly displayReleaseVersion: string | null, readonly fusion: boolean | null, readonly resourceQueueId: string | null, readonly priority: string | null, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly log: { readonly driverStdOut: string | null, readonly driverStdError: string | null, readonly driverSyslog: string | null, readonly driverStartup: string | null } | null };

export type EmrJobRunUsageFieldsFragment = { readonly vcoreSeconds: number | null, readonly mbSeconds: number | null, readonly cuHours: number | null };

export type EmrJobRunDetailFieldsFragment = { readonly environmentId: string | null, readonly notebookAccessUrl: string | null, readonly jobDriver: { readonly sparkSubmit: { readonly entryPoint: string | null, readonly entryPointArguments: ReadonlyArray<string>, readonly sparkSubmitParameters: string | null } | null } | null, readonly configurationOverrides: { readonly configurations: ReadonlyArray<{ readonly configFileName: string | null, readonly configItemKey: string | null, readonly configItemValue: string | null }> } | null };

export type EmrWorkspacesWithRunsQueryVariables = Exact<{
  first?: number | null | undefined;
  runs?: number | null | undefined;
}>;


export type EmrWorkspacesWithRunsQuery = { readonly workspaces: { readonly nodes: ReadonlyArray<{ readonly jobRuns: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly workspace: { readonly id: string } } | null> } } | null> } | null };

export type EmrWorkspacesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: WorkspaceFilter | null | undefined;
}>;


export type EmrWorkspacesQuery = { readonly workspaces: { readonly totalCount: number | null, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly provider: Provider, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly workspaceName: string | null, readonly resourceSpec: string | null, readonly storage: string | null, readonly dlfCatalogId: string | null, readonly dlfType: string | null, readonly paymentType: string | null, readonly paymentDurationUnit: string | null, readonly duration: number | null, readonly autoRenew: boolean | null, readonly autoRenewPeriod: number | null, readonly autoRenewPeriodUnit: string | null, readonly workspaceStatus: string | null, readonly failReason: string | null, readonly paymentStatus: string | null, readonly regionId: string | null, readonly createTime: string | null, readonly endTime: string | null, readonly releaseType: string | null, readonly resourceGroupId: string | null, readonly gpuSpec: ReadonlyArray<string>, readonly ipWhiteList: ReadonlyArray<string>, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly prePaidQuota: { readonly createTime: string | null, readonly expireTime: string | null, readonly autoRenewal: boolean | null, readonly paymentStatus: string | null, readonly instanceId: string | null, readonly orderId: string | null, readonly usedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly maxResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly allocatedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly prePaidQuotaGpu: ReadonlyArray<{ readonly autoRenewal: boolean | null, readonly cpuCoreCount: string | null, readonly createTime: string | null, readonly expireTime: string | null, readonly gpuAmount: number | null, readonly gpuMachineNum: number | null, readonly gpuMemorySize: number | null, readonly gpuNum: number | null, readonly gpuSpec: string | null, readonly instanceId: string | null, readonly instanceTypeFamily: string | null, readonly instanceTypeId: string | null, readonly memorySize: string | null, readonly orderId: string | null, readonly paymentStatus: string | null }> } | null }> } | null };

export type EmrWorkspaceIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: WorkspaceFilter | null | undefined;
}>;


export type EmrWorkspaceIdsQuery = { readonly workspaces: { readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string } | null }> } | null };

export type EmrWorkspaceCountQueryVariables = Exact<{
  filter?: WorkspaceFilter | null | undefined;
}>;


export type EmrWorkspaceCountQuery = { readonly workspaces: { readonly totalCount: number | null } | null };

export type EmrJobRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: JobRunFilter | null | undefined;
}>;


export type EmrJobRunsQuery = { readonly node:
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string, readonly jobRuns: { readonly totalCount: number | null, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly provider: Provider, readonly jobRunId: string, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly state: EmrJobRunState | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly submitTime: string | null, readonly endTime: string | null, readonly creator: string | null, readonly codeType: string | null, readonly webUI: string | null, readonly executionTimeoutSeconds: number | null, readonly releaseVersion: string | null, readonly displayReleaseVersion: string | null, readonly fusion: boolean | null, readonly resourceQueueId: string | null, readonly priority: string | null, readonly vcoreSeconds: number | null, readonly mbSeconds: number | null, readonly cuHours: number | null, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly log: { readonly driverStdOut: string | null, readonly driverStdError: string | null, readonly driverSyslog: string | null, readonly driverStartup: string | null } | null } | null }> } }
   | null };

export type EmrJobRunIdsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: JobRunFilter | null | undefined;
}>;


export type EmrJobRunIdsQuery = { readonly node:
    | { readonly jobRuns: { readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type EmrJobRunsWithDetailsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EmrJobRunsWithDetailsQuery = { readonly node:
    | { readonly jobRuns: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly environmentId: string | null, readonly notebookAccessUrl: string | null, readonly jobDriver: { readonly sparkSubmit: { readonly entryPoint: string | null, readonly entryPointArguments: ReadonlyArray<string>, readonly sparkSubmitParameters: string | null } | null } | null, readonly configurationOverrides: { readonly configurations: ReadonlyArray<{ readonly configFileName: string | null, readonly configItemKey: string | null, readonly configItemValue: string | null }> } | null } | null> } }
    | Record<PropertyKey, never>
   | null };

export type EmrWorkspaceNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EmrWorkspaceNodeQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string, readonly provider: Provider, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly workspaceName: string | null, readonly resourceSpec: string | null, readonly storage: string | null, readonly dlfCatalogId: string | null, readonly dlfType: string | null, readonly paymentType: string | null, readonly paymentDurationUnit: string | null, readonly duration: number | null, readonly autoRenew: boolean | null, readonly autoRenewPeriod: number | null, readonly autoRenewPeriodUnit: string | null, readonly workspaceStatus: string | null, readonly failReason: string | null, readonly paymentStatus: string | null, readonly regionId: string | null, readonly createTime: string | null, readonly endTime: string | null, readonly releaseType: string | null, readonly resourceGroupId: string | null, readonly gpuSpec: ReadonlyArray<string>, readonly ipWhiteList: ReadonlyArray<string>, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly prePaidQuota: { readonly createTime: string | null, readonly expireTime: string | null, readonly autoRenewal: boolean | null, readonly paymentStatus: string | null, readonly instanceId: string | null, readonly orderId: string | null, readonly usedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly maxResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null, readonly allocatedResource: { readonly parsed: boolean, readonly cpu: string | null, readonly memory: string | null, readonly cu: string | null, readonly raw: string } | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly prePaidQuotaGpu: ReadonlyArray<{ readonly autoRenewal: boolean | null, readonly cpuCoreCount: string | null, readonly createTime: string | null, readonly expireTime: string | null, readonly gpuAmount: number | null, readonly gpuMachineNum: number | null, readonly gpuMemorySize: number | null, readonly gpuNum: number | null, readonly gpuSpec: string | null, readonly instanceId: string | null, readonly instanceTypeFamily: string | null, readonly instanceTypeId: string | null, readonly memorySize: string | null, readonly orderId: string | null, readonly paymentStatus: string | null }> }
   | null };

export type EmrJobRunNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EmrJobRunNodeQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string, readonly provider: Provider, readonly jobRunId: string, readonly workspaceId: string, readonly instance: string, readonly region: string, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly state: EmrJobRunState | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly submitTime: string | null, readonly endTime: string | null, readonly creator: string | null, readonly codeType: string | null, readonly webUI: string | null, readonly executionTimeoutSeconds: number | null, readonly releaseVersion: string | null, readonly displayReleaseVersion: string | null, readonly fusion: boolean | null, readonly resourceQueueId: string | null, readonly priority: string | null, readonly vcoreSeconds: number | null, readonly mbSeconds: number | null, readonly cuHours: number | null, readonly environmentId: string | null, readonly notebookAccessUrl: string | null, readonly workspace: { readonly id: string, readonly workspaceId: string, readonly workspaceName: string | null }, readonly stateChangeReason: { readonly code: string | null, readonly message: string | null } | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly log: { readonly driverStdOut: string | null, readonly driverStdError: string | null, readonly driverSyslog: string | null, readonly driverStartup: string | null } | null, readonly jobDriver: { readonly sparkSubmit: { readonly entryPoint: string | null, readonly entryPointArguments: ReadonlyArray<string>, readonly sparkSubmitParameters: string | null } | null } | null, readonly configurationOverrides: { readonly configurations: ReadonlyArray<{ readonly configFileName: string | null, readonly configItemKey: string | null, readonly configItemValue: string | null }> } | null }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null };

export type EmrNodesQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type EmrNodesQuery = { readonly nodes: ReadonlyArray<
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly jobRunId: string, readonly status: JobStatus, readonly id: string, readonly workspace: { readonly id: string, readonly workspaceName: string | null } }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly workspaceId: string, readonly workspaceName: string | null, readonly id: string }
   | null> };

export type EmrWorkspacesBesideSaeQueryVariables = Exact<{ [key: string]: never; }>;


export type EmrWorkspacesBesideSaeQuery = { readonly workspaces: { readonly nodes: ReadonlyArray<{ readonly id: string } | null> } | null, readonly saeJobTemplates: { readonly nodes: ReadonlyArray<{ readonly id: string } | null> } | null };

export type EmrSameRunsTwiceQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EmrSameRunsTwiceQuery = { readonly node:
    | { readonly plain: { readonly nodes: ReadonlyArray<{ readonly id: string } | null> }, readonly detailed: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly environmentId: string | null, readonly jobDriver: { readonly sparkSubmit: { readonly entryPoint: string | null } | null } | null } | null> } }
    | Record<PropertyKey, never>
   | null };

export type GravitinoJobFieldsFragment = { readonly id: string, readonly jobId: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly jobTemplateName: string, readonly metalake: string, readonly queuedAt: string | null, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } };

type GravitinoJobTemplateFields_GravitinoShellJobTemplate_Fragment = { readonly __typename: 'GravitinoShellJobTemplate', readonly scripts: ReadonlyArray<string>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } };

type GravitinoJobTemplateFields_GravitinoSparkJobTemplate_Fragment = { readonly __typename: 'GravitinoSparkJobTemplate', readonly className: string | null, readonly jars: ReadonlyArray<string>, readonly files: ReadonlyArray<string>, readonly archives: ReadonlyArray<string>, readonly configs: Record<string, unknown>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } };

type GravitinoJobTemplateFields_GravitinoUnknownJobTemplate_Fragment = { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } };

export type GravitinoJobTemplateFieldsFragment =
  | GravitinoJobTemplateFields_GravitinoShellJobTemplate_Fragment
  | GravitinoJobTemplateFields_GravitinoSparkJobTemplate_Fragment
  | GravitinoJobTemplateFields_GravitinoUnknownJobTemplate_Fragment
;

export type GravitinoPageInfoFieldsFragment = { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null };

export type GravitinoJobsPageQueryVariables = Exact<{
  metalake: string;
  instance?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: GravitinoJobFilter | null | undefined;
  orderBy?: GravitinoJobOrder | null | undefined;
}>;


export type GravitinoJobsPageQuery = { readonly gravitinoJobs: { readonly totalCount: number | null, readonly statusCountsSource: GravitinoStatusCountsSource, readonly statusCounts: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly count: number }>, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly jobId: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly jobTemplateName: string, readonly metalake: string, readonly queuedAt: string | null, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } } | null }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null } } | null };

export type GravitinoJobsWithTemplatesQueryVariables = Exact<{
  metalake: string;
  first?: number | null | undefined;
}>;


export type GravitinoJobsWithTemplatesQuery = { readonly gravitinoJobs: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly jobId: string, readonly jobTemplateName: string, readonly template:
        | { readonly name: string }
        | { readonly name: string }
        | { readonly name: string }
       | null } | null> } | null };

export type GravitinoJobsWithTemplateDetailsQueryVariables = Exact<{
  metalake: string;
  first?: number | null | undefined;
}>;


export type GravitinoJobsWithTemplateDetailsQuery = { readonly gravitinoJobs: { readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly template:
        | { readonly __typename: 'GravitinoShellJobTemplate', readonly scripts: ReadonlyArray<string>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
        | { readonly __typename: 'GravitinoSparkJobTemplate', readonly className: string | null, readonly jars: ReadonlyArray<string>, readonly files: ReadonlyArray<string>, readonly archives: ReadonlyArray<string>, readonly configs: Record<string, unknown>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
        | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
       | null } | null> } | null };

export type GravitinoJobsTwiceAndTemplatesQueryVariables = Exact<{
  metalake: string;
}>;


export type GravitinoJobsTwiceAndTemplatesQuery = { readonly failed: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly template:
        | { readonly name: string }
        | { readonly name: string }
        | { readonly name: string }
       | null } | null> } | null, readonly running: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<{ readonly jobId: string } | null> } | null, readonly gravitinoJobTemplates: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<
      | { readonly name: string }
      | { readonly name: string }
      | { readonly name: string }
     | null> } | null };

export type GravitinoJobTemplatesPageQueryVariables = Exact<{
  metalake: string;
  instance?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type GravitinoJobTemplatesPageQuery = { readonly gravitinoJobTemplates: { readonly totalCount: number | null, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node:
        | { readonly __typename: 'GravitinoShellJobTemplate', readonly scripts: ReadonlyArray<string>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
        | { readonly __typename: 'GravitinoSparkJobTemplate', readonly className: string | null, readonly jars: ReadonlyArray<string>, readonly files: ReadonlyArray<string>, readonly archives: ReadonlyArray<string>, readonly configs: Record<string, unknown>, readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
        | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string, readonly name: string, readonly jobType: GravitinoJobType, readonly providerJobType: string, readonly comment: string | null, readonly executable: string, readonly arguments: ReadonlyArray<string>, readonly environments: Record<string, unknown>, readonly customFields: Record<string, unknown>, readonly metalake: string, readonly instance: string, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
       | null }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null } } | null };

export type GravitinoTemplateRunsQueryVariables = Exact<{
  metalake: string;
  first?: number | null | undefined;
  filter?: GravitinoJobRunFilter | null | undefined;
}>;


export type GravitinoTemplateRunsQuery = { readonly gravitinoJobTemplates: { readonly nodes: ReadonlyArray<
      | { readonly name: string, readonly jobs: { readonly totalCount: number | null, readonly statusCountsSource: GravitinoStatusCountsSource, readonly statusCounts: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly count: number }>, readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly jobTemplateName: string, readonly status: JobStatus } | null> } }
      | { readonly name: string, readonly jobs: { readonly totalCount: number | null, readonly statusCountsSource: GravitinoStatusCountsSource, readonly statusCounts: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly count: number }>, readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly jobTemplateName: string, readonly status: JobStatus } | null> } }
      | { readonly name: string, readonly jobs: { readonly totalCount: number | null, readonly statusCountsSource: GravitinoStatusCountsSource, readonly statusCounts: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly count: number }>, readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly jobTemplateName: string, readonly status: JobStatus } | null> } }
     | null> } | null };

export type GravitinoMetalakesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: GravitinoMetalakeFilter | null | undefined;
}>;


export type GravitinoMetalakesPageQuery = { readonly gravitinoMetalakes: { readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly name: string, readonly instance: string, readonly comment: string | null, readonly properties: Record<string, unknown>, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } } | null }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null } } | null };

export type GravitinoMetalakesTotalQueryVariables = Exact<{
  filter?: GravitinoMetalakeFilter | null | undefined;
}>;


export type GravitinoMetalakesTotalQuery = { readonly gravitinoMetalakes: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<{ readonly name: string, readonly instance: string } | null> } | null };

export type GravitinoMetalakeContentsQueryVariables = Exact<{ [key: string]: never; }>;


export type GravitinoMetalakeContentsQuery = { readonly gravitinoMetalakes: { readonly nodes: ReadonlyArray<{ readonly name: string, readonly instance: string, readonly jobs: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<{ readonly jobId: string, readonly metalake: string } | null> }, readonly jobTemplates: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<
          | { readonly name: string, readonly metalake: string }
          | { readonly name: string, readonly metalake: string }
          | { readonly name: string, readonly metalake: string }
         | null> } } | null> } | null };

export type GravitinoNodesQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type GravitinoNodesQuery = { readonly nodes: ReadonlyArray<
    | { readonly __typename: 'GravitinoJob', readonly jobId: string, readonly metalake: string, readonly instance: string, readonly status: JobStatus, readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly name: string, readonly metalake: string, readonly instance: string, readonly jobType: GravitinoJobType, readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly name: string, readonly metalake: string, readonly instance: string, readonly jobType: GravitinoJobType, readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly name: string, readonly metalake: string, readonly instance: string, readonly jobType: GravitinoJobType, readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null> };

export type GravitinoNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GravitinoNodeQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string, readonly jobId: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly jobTemplateName: string, readonly metalake: string, readonly queuedAt: string | null, readonly instance: string, readonly template:
        | { readonly name: string }
        | { readonly name: string }
        | { readonly name: string }
       | null, readonly audit: { readonly creator: string | null, readonly createTime: string | null, readonly lastModifier: string | null, readonly lastModifiedTime: string | null } }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly jobType: GravitinoJobType, readonly metalake: string, readonly instance: string, readonly id: string, readonly templateName: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly jobType: GravitinoJobType, readonly metalake: string, readonly instance: string, readonly id: string, readonly templateName: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly jobType: GravitinoJobType, readonly metalake: string, readonly instance: string, readonly id: string, readonly templateName: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type NodesByIdsQuery = { readonly nodes: ReadonlyArray<
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null> };

export type PaiResourceFieldsFragment = { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null };

export type PaiAutoScalingFieldsFragment = { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null };

export type PaiContainerFieldsFragment = { readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null };

export type PaiHyperNodeFieldsFragment = { readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> };

export type PaiJobSpecFieldsFragment = { readonly type: string | null, readonly image: string | null, readonly podCount: number | null, readonly ecsSpec: string | null, readonly useSpotInstance: boolean | null, readonly isChief: boolean | null, readonly restartPolicy: string | null, readonly considerInSuccessPolicy: boolean | null, readonly oversoldType: string | null, readonly quotaId: string | null, readonly driver: string | null, readonly imageConfig: { readonly dockerRegistry: string | null, readonly username: string | null } | null, readonly resourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly spotSpec: { readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null } | null, readonly elasticSpotSpecs: ReadonlyArray<{ readonly instanceType: string | null, readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null }>, readonly assignNodeSpec: { readonly enableAssignNode: boolean | null, readonly nodeNames: ReadonlyArray<string>, readonly antiAffinityNodeNames: ReadonlyArray<string>, readonly hyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }>, readonly antiAffinityHyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }> } | null, readonly autoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null, readonly extraPodSpec: { readonly podAnnotations: Record<string, unknown>, readonly podLabels: Record<string, unknown>, readonly sharedVolumeMountPaths: ReadonlyArray<string>, readonly initContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly sideCarContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly lifecycle: { readonly preStop: ReadonlyArray<string>, readonly postStart: ReadonlyArray<string> } | null, readonly mainContainerSecurityContext: { readonly runAsUser: number | null, readonly runAsGroup: number | null, readonly seccompProfile: { readonly type: string | null, readonly localhostProfile: string | null } | null } | null } | null, readonly hyperNodeSchedulingConfig: { readonly minAvailable: number | null, readonly qualityPolicy: string | null } | null, readonly localMountSpecs: ReadonlyArray<{ readonly localPath: string | null, readonly mountPath: string | null, readonly mountMode: string | null }>, readonly serviceSpec: { readonly serviceMode: string | null, readonly defaultPort: number | null, readonly extraPorts: number | null } | null, readonly startupDependencies: ReadonlyArray<{ readonly type: string | null, readonly onPhase: string | null, readonly minReplicas: string | null }>, readonly systemDisk: { readonly category: string | null, readonly size: number | null, readonly performanceLevel: string | null } | null };

export type PaiSettingsFieldsFragment = { readonly businessUserId: string | null, readonly caller: string | null, readonly tags: Record<string, unknown>, readonly pipelineId: string | null, readonly enableTideResource: boolean | null, readonly enableErrorMonitoringInAiMaster: boolean | null, readonly errorMonitoringArgs: string | null, readonly enableRdma: boolean | null, readonly allocateAllRdmaDevices: boolean | null, readonly enableOssAppend: boolean | null, readonly oversoldType: string | null, readonly advancedSettings: Record<string, unknown>, readonly driver: string | null, readonly enableSanityCheck: boolean | null, readonly sanityCheckArgs: string | null, readonly jobReservedMinutes: number | null, readonly jobReservedPolicy: string | null, readonly enableCpuAffinity: boolean | null, readonly disableEcsStockCheck: boolean | null, readonly allowUnschedulableNodes: boolean | null, readonly enableDswDev: boolean | null, readonly elasticSpotJobMaxRestartTimes: number | null, readonly terminationGracePeriodSeconds: number | null, readonly shell: string | null, readonly dataJuicerConfig: { readonly commandType: string | null, readonly executionMode: string | null, readonly enableResourceEstimation: boolean | null, readonly resourceLimit: { readonly cpu: string | null, readonly gpu: string | null, readonly memory: string | null } | null } | null, readonly modelConfig: { readonly modelName: string | null } | null };

export type PaiPodFieldsFragment = { readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> };

export type PaiJobFieldsFragment = { readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly paiStatus: PaiJobStatus | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly instance: string, readonly region: string, readonly jobId: string, readonly displayName: string | null, readonly jobType: string | null, readonly subStatus: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null, readonly workspaceId: string | null, readonly workspaceName: string | null, readonly resourceId: string | null, readonly resourceType: string | null, readonly resourceLevel: string | null, readonly resourceName: string | null, readonly resourceQuotaName: string | null, readonly userId: string | null, readonly username: string | null, readonly priority: number | null, readonly accessibility: string | null, readonly clusterId: string | null, readonly tenantId: string | null, readonly duration: number | null, readonly gmtCreateTime: string | null, readonly gmtSubmittedTime: string | null, readonly gmtRunningTime: string | null, readonly gmtSuccessedTime: string | null, readonly gmtFailedTime: string | null, readonly gmtStoppedTime: string | null, readonly gmtFinishTime: string | null, readonly gmtModifiedTime: string | null, readonly restartTimes: string | null, readonly restartCount: number | null, readonly maxRestartTimes: number | null, readonly retryCount: number | null, readonly jobMaxRunningTimeMinutes: number | null, readonly enablePreemptibleJob: boolean | null, readonly isDeleted: boolean | null, readonly useOversoldResource: boolean | null, readonly templateId: string | null, readonly templateName: string | null, readonly envs: Record<string, unknown>, readonly systemEnvs: Record<string, unknown> | null, readonly thirdpartyLibs: ReadonlyArray<string>, readonly thirdpartyLibDir: string | null, readonly userCommand: string | null, readonly userScript: string | null, readonly workingDir: string | null, readonly enabledDebugger: boolean | null, readonly schedulingStrategy: string | null, readonly supportedProfilingTypes: string | null, readonly requestCpu: number | null, readonly requestMemory: string | null, readonly requestGpu: string | null, readonly nodeCount: number | null, readonly nodeNames: ReadonlyArray<string> | null, readonly statusHistory: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly startTime: string | null, readonly endTime: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null }>, readonly pods: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly history: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly jobSpecs: ReadonlyArray<{ readonly type: string | null, readonly image: string | null, readonly podCount: number | null, readonly ecsSpec: string | null, readonly useSpotInstance: boolean | null, readonly isChief: boolean | null, readonly restartPolicy: string | null, readonly considerInSuccessPolicy: boolean | null, readonly oversoldType: string | null, readonly quotaId: string | null, readonly driver: string | null, readonly imageConfig: { readonly dockerRegistry: string | null, readonly username: string | null } | null, readonly resourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly spotSpec: { readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null } | null, readonly elasticSpotSpecs: ReadonlyArray<{ readonly instanceType: string | null, readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null }>, readonly assignNodeSpec: { readonly enableAssignNode: boolean | null, readonly nodeNames: ReadonlyArray<string>, readonly antiAffinityNodeNames: ReadonlyArray<string>, readonly hyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }>, readonly antiAffinityHyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }> } | null, readonly autoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null, readonly extraPodSpec: { readonly podAnnotations: Record<string, unknown>, readonly podLabels: Record<string, unknown>, readonly sharedVolumeMountPaths: ReadonlyArray<string>, readonly initContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly sideCarContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly lifecycle: { readonly preStop: ReadonlyArray<string>, readonly postStart: ReadonlyArray<string> } | null, readonly mainContainerSecurityContext: { readonly runAsUser: number | null, readonly runAsGroup: number | null, readonly seccompProfile: { readonly type: string | null, readonly localhostProfile: string | null } | null } | null } | null, readonly hyperNodeSchedulingConfig: { readonly minAvailable: number | null, readonly qualityPolicy: string | null } | null, readonly localMountSpecs: ReadonlyArray<{ readonly localPath: string | null, readonly mountPath: string | null, readonly mountMode: string | null }>, readonly serviceSpec: { readonly serviceMode: string | null, readonly defaultPort: number | null, readonly extraPorts: number | null } | null, readonly startupDependencies: ReadonlyArray<{ readonly type: string | null, readonly onPhase: string | null, readonly minReplicas: string | null }>, readonly systemDisk: { readonly category: string | null, readonly size: number | null, readonly performanceLevel: string | null } | null }>, readonly jobReplicaStatuses: ReadonlyArray<{ readonly type: string | null, readonly active: number | null, readonly queuing: number | null, readonly dequeued: number | null, readonly estimatedPodCount: number | null, readonly currentSpotInstanceType: string | null, readonly estimatedResourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly estimatedAutoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null }>, readonly settings: { readonly businessUserId: string | null, readonly caller: string | null, readonly tags: Record<string, unknown>, readonly pipelineId: string | null, readonly enableTideResource: boolean | null, readonly enableErrorMonitoringInAiMaster: boolean | null, readonly errorMonitoringArgs: string | null, readonly enableRdma: boolean | null, readonly allocateAllRdmaDevices: boolean | null, readonly enableOssAppend: boolean | null, readonly oversoldType: string | null, readonly advancedSettings: Record<string, unknown>, readonly driver: string | null, readonly enableSanityCheck: boolean | null, readonly sanityCheckArgs: string | null, readonly jobReservedMinutes: number | null, readonly jobReservedPolicy: string | null, readonly enableCpuAffinity: boolean | null, readonly disableEcsStockCheck: boolean | null, readonly allowUnschedulableNodes: boolean | null, readonly enableDswDev: boolean | null, readonly elasticSpotJobMaxRestartTimes: number | null, readonly terminationGracePeriodSeconds: number | null, readonly shell: string | null, readonly dataJuicerConfig: { readonly commandType: string | null, readonly executionMode: string | null, readonly enableResourceEstimation: boolean | null, readonly resourceLimit: { readonly cpu: string | null, readonly gpu: string | null, readonly memory: string | null } | null } | null, readonly modelConfig: { readonly modelName: string | null } | null } | null, readonly elasticSpec: { readonly enableElasticTraining: boolean | null, readonly minParallelism: number | null, readonly maxParallelism: number | null, readonly aiMasterType: string | null, readonly aiMasterDockerImage: string | null, readonly enableAiMaster: boolean | null, readonly enablePsJobElasticWorker: boolean | null, readonly enablePsJobElasticPs: boolean | null, readonly enablePsResourceEstimate: boolean | null, readonly psMinParallelism: number | null, readonly psMaxParallelism: number | null, readonly elasticStrategy: string | null, readonly enableEdp: boolean | null, readonly edpMinParallelism: number | null, readonly edpMaxParallelism: number | null } | null, readonly codeSource: { readonly codeSourceId: string | null, readonly branch: string | null, readonly commit: string | null, readonly mountPath: string | null } | null, readonly dataSources: ReadonlyArray<{ readonly dataSourceId: string | null, readonly mountPath: string | null }>, readonly userVpc: { readonly vpcId: string | null, readonly switchId: string | null, readonly securityGroupId: string | null, readonly extendedCidrs: ReadonlyArray<string>, readonly defaultRoute: string | null } | null, readonly credentialConfig: { readonly enableCredentialInject: boolean | null, readonly aliyunEnvRoleKey: string | null, readonly credentialConfigItems: ReadonlyArray<{ readonly key: string | null, readonly type: string | null, readonly roles: ReadonlyArray<{ readonly roleArn: string | null, readonly roleType: string | null, readonly assumeRoleFor: string | null, readonly policy: string | null, readonly assumeUserInfo: { readonly type: string | null, readonly id: string | null } | null }> }> } | null };

export type PaiJobDetailFieldsFragment = { readonly id: string, readonly jobId: string, readonly description: string | null, readonly roleSystemEnvs: Record<string, unknown> | null, readonly customEnvs: ReadonlyArray<{ readonly key: string, readonly value: string | null, readonly visible: boolean | null }> | null, readonly restartRecord: ReadonlyArray<{ readonly jobRestartCount: number | null, readonly occurPhase: string | null, readonly occurTime: string | null, readonly reason: string | null, readonly restartDurationInSec: number | null, readonly restartFailReason: string | null, readonly restartLevelType: string | null, readonly restartStatus: string | null, readonly triggerId: string | null, readonly detailErrorInfoList: ReadonlyArray<{ readonly addJobLevelBlacklist: boolean | null, readonly addNodeToBlacklist: boolean | null, readonly detailErrorMsg: string | null, readonly errorCode: string | null, readonly errorMsg: string | null, readonly errorSource: string | null, readonly node: string | null, readonly pod: string | null, readonly triggerRestart: boolean | null }> }> | null, readonly dataSources: ReadonlyArray<{ readonly dataSourceId: string | null, readonly uri: string | null }>, readonly pods: ReadonlyArray<{ readonly podId: string, readonly podUid: string | null, readonly duration: number | null, readonly resourceType: string | null, readonly history: ReadonlyArray<{ readonly podId: string, readonly podUid: string | null, readonly duration: number | null, readonly resourceType: string | null }> }> };

export type PaiPageInfoFragment = { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null };

export type PaiJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PaiJobFilter | null | undefined;
  orderBy?: PaiJobOrder | null | undefined;
}>;


export type PaiJobsQuery = { readonly paiJobs: { readonly totalCount: number | null, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly paiStatus: PaiJobStatus | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly instance: string, readonly region: string, readonly jobId: string, readonly displayName: string | null, readonly jobType: string | null, readonly subStatus: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null, readonly workspaceId: string | null, readonly workspaceName: string | null, readonly resourceId: string | null, readonly resourceType: string | null, readonly resourceLevel: string | null, readonly resourceName: string | null, readonly resourceQuotaName: string | null, readonly userId: string | null, readonly username: string | null, readonly priority: number | null, readonly accessibility: string | null, readonly clusterId: string | null, readonly tenantId: string | null, readonly duration: number | null, readonly gmtCreateTime: string | null, readonly gmtSubmittedTime: string | null, readonly gmtRunningTime: string | null, readonly gmtSuccessedTime: string | null, readonly gmtFailedTime: string | null, readonly gmtStoppedTime: string | null, readonly gmtFinishTime: string | null, readonly gmtModifiedTime: string | null, readonly restartTimes: string | null, readonly restartCount: number | null, readonly maxRestartTimes: number | null, readonly retryCount: number | null, readonly jobMaxRunningTimeMinutes: number | null, readonly enablePreemptibleJob: boolean | null, readonly isDeleted: boolean | null, readonly useOversoldResource: boolean | null, readonly templateId: string | null, readonly templateName: string | null, readonly envs: Record<string, unknown>, readonly systemEnvs: Record<string, unknown> | null, readonly thirdpartyLibs: ReadonlyArray<string>, readonly thirdpartyLibDir: string | null, readonly userCommand: string | null, readonly userScript: string | null, readonly workingDir: string | null, readonly enabledDebugger: boolean | null, readonly schedulingStrategy: string | null, readonly supportedProfilingTypes: string | null, readonly requestCpu: number | null, readonly requestMemory: string | null, readonly requestGpu: string | null, readonly nodeCount: number | null, readonly nodeNames: ReadonlyArray<string> | null, readonly statusHistory: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly startTime: string | null, readonly endTime: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null }>, readonly pods: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly history: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly jobSpecs: ReadonlyArray<{ readonly type: string | null, readonly image: string | null, readonly podCount: number | null, readonly ecsSpec: string | null, readonly useSpotInstance: boolean | null, readonly isChief: boolean | null, readonly restartPolicy: string | null, readonly considerInSuccessPolicy: boolean | null, readonly oversoldType: string | null, readonly quotaId: string | null, readonly driver: string | null, readonly imageConfig: { readonly dockerRegistry: string | null, readonly username: string | null } | null, readonly resourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly spotSpec: { readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null } | null, readonly elasticSpotSpecs: ReadonlyArray<{ readonly instanceType: string | null, readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null }>, readonly assignNodeSpec: { readonly enableAssignNode: boolean | null, readonly nodeNames: ReadonlyArray<string>, readonly antiAffinityNodeNames: ReadonlyArray<string>, readonly hyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }>, readonly antiAffinityHyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }> } | null, readonly autoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null, readonly extraPodSpec: { readonly podAnnotations: Record<string, unknown>, readonly podLabels: Record<string, unknown>, readonly sharedVolumeMountPaths: ReadonlyArray<string>, readonly initContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly sideCarContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly lifecycle: { readonly preStop: ReadonlyArray<string>, readonly postStart: ReadonlyArray<string> } | null, readonly mainContainerSecurityContext: { readonly runAsUser: number | null, readonly runAsGroup: number | null, readonly seccompProfile: { readonly type: string | null, readonly localhostProfile: string | null } | null } | null } | null, readonly hyperNodeSchedulingConfig: { readonly minAvailable: number | null, readonly qualityPolicy: string | null } | null, readonly localMountSpecs: ReadonlyArray<{ readonly localPath: string | null, readonly mountPath: string | null, readonly mountMode: string | null }>, readonly serviceSpec: { readonly serviceMode: string | null, readonly defaultPort: number | null, readonly extraPorts: number | null } | null, readonly startupDependencies: ReadonlyArray<{ readonly type: string | null, readonly onPhase: string | null, readonly minReplicas: string | null }>, readonly systemDisk: { readonly category: string | null, readonly size: number | null, readonly performanceLevel: string | null } | null }>, readonly jobReplicaStatuses: ReadonlyArray<{ readonly type: string | null, readonly active: number | null, readonly queuing: number | null, readonly dequeued: number | null, readonly estimatedPodCount: number | null, readonly currentSpotInstanceType: string | null, readonly estimatedResourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly estimatedAutoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null }>, readonly settings: { readonly businessUserId: string | null, readonly caller: string | null, readonly tags: Record<string, unknown>, readonly pipelineId: string | null, readonly enableTideResource: boolean | null, readonly enableErrorMonitoringInAiMaster: boolean | null, readonly errorMonitoringArgs: string | null, readonly enableRdma: boolean | null, readonly allocateAllRdmaDevices: boolean | null, readonly enableOssAppend: boolean | null, readonly oversoldType: string | null, readonly advancedSettings: Record<string, unknown>, readonly driver: string | null, readonly enableSanityCheck: boolean | null, readonly sanityCheckArgs: string | null, readonly jobReservedMinutes: number | null, readonly jobReservedPolicy: string | null, readonly enableCpuAffinity: boolean | null, readonly disableEcsStockCheck: boolean | null, readonly allowUnschedulableNodes: boolean | null, readonly enableDswDev: boolean | null, readonly elasticSpotJobMaxRestartTimes: number | null, readonly terminationGracePeriodSeconds: number | null, readonly shell: string | null, readonly dataJuicerConfig: { readonly commandType: string | null, readonly executionMode: string | null, readonly enableResourceEstimation: boolean | null, readonly resourceLimit: { readonly cpu: string | null, readonly gpu: string | null, readonly memory: string | null } | null } | null, readonly modelConfig: { readonly modelName: string | null } | null } | null, readonly elasticSpec: { readonly enableElasticTraining: boolean | null, readonly minParallelism: number | null, readonly maxParallelism: number | null, readonly aiMasterType: string | null, readonly aiMasterDockerImage: string | null, readonly enableAiMaster: boolean | null, readonly enablePsJobElasticWorker: boolean | null, readonly enablePsJobElasticPs: boolean | null, readonly enablePsResourceEstimate: boolean | null, readonly psMinParallelism: number | null, readonly psMaxParallelism: number | null, readonly elasticStrategy: string | null, readonly enableEdp: boolean | null, readonly edpMinParallelism: number | null, readonly edpMaxParallelism: number | null } | null, readonly codeSource: { readonly codeSourceId: string | null, readonly branch: string | null, readonly commit: string | null, readonly mountPath: string | null } | null, readonly dataSources: ReadonlyArray<{ readonly dataSourceId: string | null, readonly mountPath: string | null }>, readonly userVpc: { readonly vpcId: string | null, readonly switchId: string | null, readonly securityGroupId: string | null, readonly extendedCidrs: ReadonlyArray<string>, readonly defaultRoute: string | null } | null, readonly credentialConfig: { readonly enableCredentialInject: boolean | null, readonly aliyunEnvRoleKey: string | null, readonly credentialConfigItems: ReadonlyArray<{ readonly key: string | null, readonly type: string | null, readonly roles: ReadonlyArray<{ readonly roleArn: string | null, readonly roleType: string | null, readonly assumeRoleFor: string | null, readonly policy: string | null, readonly assumeUserInfo: { readonly type: string | null, readonly id: string | null } | null }> }> } | null } | null }> } | null };

export type PaiJobIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PaiJobFilter | null | undefined;
  orderBy?: PaiJobOrder | null | undefined;
}>;


export type PaiJobIdsQuery = { readonly paiJobs: { readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly jobId: string, readonly instance: string, readonly displayName: string | null, readonly jobType: string | null, readonly providerStatus: string, readonly status: JobStatus, readonly createdAt: string | null, readonly gmtFinishTime: string | null } | null }> } | null };

export type PaiJobCountQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: PaiJobFilter | null | undefined;
}>;


export type PaiJobCountQuery = { readonly paiJobs: { readonly totalCount: number | null } | null };

export type PaiJobsWithPodsQueryVariables = Exact<{
  first: number;
  filter?: PaiJobFilter | null | undefined;
}>;


export type PaiJobsWithPodsQuery = { readonly paiJobs: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly pods: ReadonlyArray<{ readonly podId: string, readonly history: ReadonlyArray<{ readonly podId: string }> }> } | null> } | null };

export type PaiJobsWithDetailsQueryVariables = Exact<{
  first: number;
  filter?: PaiJobFilter | null | undefined;
}>;


export type PaiJobsWithDetailsQuery = { readonly paiJobs: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly jobId: string, readonly description: string | null, readonly roleSystemEnvs: Record<string, unknown> | null, readonly customEnvs: ReadonlyArray<{ readonly key: string, readonly value: string | null, readonly visible: boolean | null }> | null, readonly restartRecord: ReadonlyArray<{ readonly jobRestartCount: number | null, readonly occurPhase: string | null, readonly occurTime: string | null, readonly reason: string | null, readonly restartDurationInSec: number | null, readonly restartFailReason: string | null, readonly restartLevelType: string | null, readonly restartStatus: string | null, readonly triggerId: string | null, readonly detailErrorInfoList: ReadonlyArray<{ readonly addJobLevelBlacklist: boolean | null, readonly addNodeToBlacklist: boolean | null, readonly detailErrorMsg: string | null, readonly errorCode: string | null, readonly errorMsg: string | null, readonly errorSource: string | null, readonly node: string | null, readonly pod: string | null, readonly triggerRestart: boolean | null }> }> | null, readonly dataSources: ReadonlyArray<{ readonly dataSourceId: string | null, readonly uri: string | null }>, readonly pods: ReadonlyArray<{ readonly podId: string, readonly podUid: string | null, readonly duration: number | null, readonly resourceType: string | null, readonly history: ReadonlyArray<{ readonly podId: string, readonly podUid: string | null, readonly duration: number | null, readonly resourceType: string | null }> }> } | null> } | null };

export type PaiJobDescriptionsQueryVariables = Exact<{
  first: number;
  filter?: PaiJobFilter | null | undefined;
}>;


export type PaiJobDescriptionsQuery = { readonly paiJobs: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly description: string | null } | null> } | null };

export type PaiJobDescriptionsTwiceQueryVariables = Exact<{
  first: number;
}>;


export type PaiJobDescriptionsTwiceQuery = { readonly a: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly description: string | null } | null> } | null, readonly b: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly description: string | null, readonly customEnvs: ReadonlyArray<{ readonly key: string }> | null, readonly pods: ReadonlyArray<{ readonly duration: number | null }> } | null> } | null };

export type PaiNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PaiNodeQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly paiStatus: PaiJobStatus | null, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly creator: string | null, readonly instance: string, readonly region: string, readonly jobId: string, readonly displayName: string | null, readonly jobType: string | null, readonly subStatus: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null, readonly workspaceId: string | null, readonly workspaceName: string | null, readonly resourceId: string | null, readonly resourceType: string | null, readonly resourceLevel: string | null, readonly resourceName: string | null, readonly resourceQuotaName: string | null, readonly userId: string | null, readonly username: string | null, readonly priority: number | null, readonly accessibility: string | null, readonly clusterId: string | null, readonly tenantId: string | null, readonly duration: number | null, readonly gmtCreateTime: string | null, readonly gmtSubmittedTime: string | null, readonly gmtRunningTime: string | null, readonly gmtSuccessedTime: string | null, readonly gmtFailedTime: string | null, readonly gmtStoppedTime: string | null, readonly gmtFinishTime: string | null, readonly gmtModifiedTime: string | null, readonly restartTimes: string | null, readonly restartCount: number | null, readonly maxRestartTimes: number | null, readonly retryCount: number | null, readonly jobMaxRunningTimeMinutes: number | null, readonly enablePreemptibleJob: boolean | null, readonly isDeleted: boolean | null, readonly useOversoldResource: boolean | null, readonly templateId: string | null, readonly templateName: string | null, readonly envs: Record<string, unknown>, readonly systemEnvs: Record<string, unknown> | null, readonly thirdpartyLibs: ReadonlyArray<string>, readonly thirdpartyLibDir: string | null, readonly userCommand: string | null, readonly userScript: string | null, readonly workingDir: string | null, readonly enabledDebugger: boolean | null, readonly schedulingStrategy: string | null, readonly supportedProfilingTypes: string | null, readonly requestCpu: number | null, readonly requestMemory: string | null, readonly requestGpu: string | null, readonly nodeCount: number | null, readonly nodeNames: ReadonlyArray<string> | null, readonly statusHistory: ReadonlyArray<{ readonly status: JobStatus, readonly providerStatus: string, readonly startTime: string | null, readonly endTime: string | null, readonly reasonCode: string | null, readonly reasonMessage: string | null }>, readonly pods: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly history: ReadonlyArray<{ readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }>, readonly jobSpecs: ReadonlyArray<{ readonly type: string | null, readonly image: string | null, readonly podCount: number | null, readonly ecsSpec: string | null, readonly useSpotInstance: boolean | null, readonly isChief: boolean | null, readonly restartPolicy: string | null, readonly considerInSuccessPolicy: boolean | null, readonly oversoldType: string | null, readonly quotaId: string | null, readonly driver: string | null, readonly imageConfig: { readonly dockerRegistry: string | null, readonly username: string | null } | null, readonly resourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly spotSpec: { readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null } | null, readonly elasticSpotSpecs: ReadonlyArray<{ readonly instanceType: string | null, readonly spotStrategy: string | null, readonly spotDiscountLimit: number | null, readonly spotPriceLimit: number | null }>, readonly assignNodeSpec: { readonly enableAssignNode: boolean | null, readonly nodeNames: ReadonlyArray<string>, readonly antiAffinityNodeNames: ReadonlyArray<string>, readonly hyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }>, readonly antiAffinityHyperNodes: ReadonlyArray<{ readonly hyperNodeName: string | null, readonly nodeNames: ReadonlyArray<string> }> } | null, readonly autoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null, readonly extraPodSpec: { readonly podAnnotations: Record<string, unknown>, readonly podLabels: Record<string, unknown>, readonly sharedVolumeMountPaths: ReadonlyArray<string>, readonly initContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly sideCarContainers: ReadonlyArray<{ readonly name: string | null, readonly image: string | null, readonly command: ReadonlyArray<string>, readonly args: ReadonlyArray<string>, readonly workingDir: string | null, readonly env: ReadonlyArray<{ readonly name: string | null, readonly value: string | null }>, readonly resources: { readonly limits: Record<string, unknown>, readonly requests: Record<string, unknown> } | null }>, readonly lifecycle: { readonly preStop: ReadonlyArray<string>, readonly postStart: ReadonlyArray<string> } | null, readonly mainContainerSecurityContext: { readonly runAsUser: number | null, readonly runAsGroup: number | null, readonly seccompProfile: { readonly type: string | null, readonly localhostProfile: string | null } | null } | null } | null, readonly hyperNodeSchedulingConfig: { readonly minAvailable: number | null, readonly qualityPolicy: string | null } | null, readonly localMountSpecs: ReadonlyArray<{ readonly localPath: string | null, readonly mountPath: string | null, readonly mountMode: string | null }>, readonly serviceSpec: { readonly serviceMode: string | null, readonly defaultPort: number | null, readonly extraPorts: number | null } | null, readonly startupDependencies: ReadonlyArray<{ readonly type: string | null, readonly onPhase: string | null, readonly minReplicas: string | null }>, readonly systemDisk: { readonly category: string | null, readonly size: number | null, readonly performanceLevel: string | null } | null }>, readonly jobReplicaStatuses: ReadonlyArray<{ readonly type: string | null, readonly active: number | null, readonly queuing: number | null, readonly dequeued: number | null, readonly estimatedPodCount: number | null, readonly currentSpotInstanceType: string | null, readonly estimatedResourceConfig: { readonly cpu: string | null, readonly gpu: string | null, readonly gpuType: string | null, readonly memory: string | null, readonly sharedMemory: string | null } | null, readonly estimatedAutoScalingSpec: { readonly minReplicas: number | null, readonly maxReplicas: number | null, readonly scalingStrategy: string | null, readonly podsToDelete: ReadonlyArray<string>, readonly autoscalingMetricSpec: { readonly metricName: string | null, readonly targetValue: number | null, readonly stabilizationWindowSeconds: number | null } | null } | null }>, readonly settings: { readonly businessUserId: string | null, readonly caller: string | null, readonly tags: Record<string, unknown>, readonly pipelineId: string | null, readonly enableTideResource: boolean | null, readonly enableErrorMonitoringInAiMaster: boolean | null, readonly errorMonitoringArgs: string | null, readonly enableRdma: boolean | null, readonly allocateAllRdmaDevices: boolean | null, readonly enableOssAppend: boolean | null, readonly oversoldType: string | null, readonly advancedSettings: Record<string, unknown>, readonly driver: string | null, readonly enableSanityCheck: boolean | null, readonly sanityCheckArgs: string | null, readonly jobReservedMinutes: number | null, readonly jobReservedPolicy: string | null, readonly enableCpuAffinity: boolean | null, readonly disableEcsStockCheck: boolean | null, readonly allowUnschedulableNodes: boolean | null, readonly enableDswDev: boolean | null, readonly elasticSpotJobMaxRestartTimes: number | null, readonly terminationGracePeriodSeconds: number | null, readonly shell: string | null, readonly dataJuicerConfig: { readonly commandType: string | null, readonly executionMode: string | null, readonly enableResourceEstimation: boolean | null, readonly resourceLimit: { readonly cpu: string | null, readonly gpu: string | null, readonly memory: string | null } | null } | null, readonly modelConfig: { readonly modelName: string | null } | null } | null, readonly elasticSpec: { readonly enableElasticTraining: boolean | null, readonly minParallelism: number | null, readonly maxParallelism: number | null, readonly aiMasterType: string | null, readonly aiMasterDockerImage: string | null, readonly enableAiMaster: boolean | null, readonly enablePsJobElasticWorker: boolean | null, readonly enablePsJobElasticPs: boolean | null, readonly enablePsResourceEstimate: boolean | null, readonly psMinParallelism: number | null, readonly psMaxParallelism: number | null, readonly elasticStrategy: string | null, readonly enableEdp: boolean | null, readonly edpMinParallelism: number | null, readonly edpMaxParallelism: number | null } | null, readonly codeSource: { readonly codeSourceId: string | null, readonly branch: string | null, readonly commit: string | null, readonly mountPath: string | null } | null, readonly dataSources: ReadonlyArray<{ readonly dataSourceId: string | null, readonly mountPath: string | null }>, readonly userVpc: { readonly vpcId: string | null, readonly switchId: string | null, readonly securityGroupId: string | null, readonly extendedCidrs: ReadonlyArray<string>, readonly defaultRoute: string | null } | null, readonly credentialConfig: { readonly enableCredentialInject: boolean | null, readonly aliyunEnvRoleKey: string | null, readonly credentialConfigItems: ReadonlyArray<{ readonly key: string | null, readonly type: string | null, readonly roles: ReadonlyArray<{ readonly roleArn: string | null, readonly roleType: string | null, readonly assumeRoleFor: string | null, readonly policy: string | null, readonly assumeUserInfo: { readonly type: string | null, readonly id: string | null } | null }> }> } | null }
    | { readonly __typename: 'Pod', readonly duration: number | null, readonly resourceType: string | null, readonly id: string, readonly instance: string, readonly region: string, readonly jobId: string, readonly podId: string, readonly podUid: string | null, readonly type: string | null, readonly subStatus: string | null, readonly ip: string | null, readonly podIp: string | null, readonly nodeName: string | null, readonly gmtCreateTime: string | null, readonly gmtStartTime: string | null, readonly gmtFinishTime: string | null, readonly supportedProfilingTypes: string | null, readonly podStatus: string | null, readonly history: ReadonlyArray<{ readonly id: string, readonly podUid: string | null }>, readonly job: { readonly id: string, readonly jobId: string }, readonly podIps: ReadonlyArray<{ readonly interfaceName: string | null, readonly ip: string | null }> }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null };

export type PaiNodesQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type PaiNodesQuery = { readonly nodes: ReadonlyArray<
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly jobId: string, readonly id: string, readonly pods: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Pod', readonly podId: string, readonly id: string, readonly job: { readonly jobId: string } }
    | { readonly __typename: 'SaeJobExecution', readonly id: string }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null> };

export type PaiNodesWithDescriptionQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type PaiNodesWithDescriptionQuery = { readonly nodes: ReadonlyArray<
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly jobId: string, readonly description: string | null, readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
   | null> };

export type PaiJobsBesideSaeQueryVariables = Exact<{ [key: string]: never; }>;


export type PaiJobsBesideSaeQuery = { readonly paiJobs: { readonly nodes: ReadonlyArray<{ readonly id: string } | null> } | null, readonly saeJobTemplates: { readonly nodes: ReadonlyArray<{ readonly id: string } | null> } | null };

export type SaeTemplateFieldsFragment = { readonly id: string, readonly appId: string, readonly appName: string | null, readonly appDescription: string | null, readonly namespaceId: string | null, readonly regionId: string | null, readonly region: string, readonly instance: string, readonly triggerConfig: string | null, readonly suspended: boolean | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly lastStartTime: string | null, readonly completionTime: string | null, readonly lastChangeorderState: string | null, readonly lastChangeorderSucceeded: boolean | null, readonly lastJobState: SaeJobState | null, readonly lastJobStatus: JobStatus, readonly cpu: number | null, readonly mem: number | null, readonly message: string | null, readonly imageUrl: string | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string | null }>, readonly trigger:
    | { readonly __typename: 'SaeCronTrigger', readonly cron: string, readonly timezone: string | null }
    | { readonly __typename: 'SaeHttpTrigger', readonly protocol: string | null, readonly methods: ReadonlyArray<string>, readonly ips: ReadonlyArray<string>, readonly referers: ReadonlyArray<string>, readonly securityConfig: string | null }
   | null };

export type SaeExecutionFieldsFragment = { readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly jobId: string, readonly appId: string, readonly appName: string | null, readonly state: SaeJobState | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly message: string | null, readonly instance: string, readonly region: string };

export type SaePageInfoFragment = { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null };

export type SaeJobTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SaeJobTemplateFilter | null | undefined;
  orderBy?: SaeJobTemplateOrder | null | undefined;
}>;


export type SaeJobTemplatesQuery = { readonly saeJobTemplates: { readonly totalCount: number | null, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly appId: string, readonly appName: string | null, readonly appDescription: string | null, readonly namespaceId: string | null, readonly regionId: string | null, readonly region: string, readonly instance: string, readonly triggerConfig: string | null, readonly suspended: boolean | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly lastStartTime: string | null, readonly completionTime: string | null, readonly lastChangeorderState: string | null, readonly lastChangeorderSucceeded: boolean | null, readonly lastJobState: SaeJobState | null, readonly lastJobStatus: JobStatus, readonly cpu: number | null, readonly mem: number | null, readonly message: string | null, readonly imageUrl: string | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string | null }>, readonly trigger:
          | { readonly __typename: 'SaeCronTrigger', readonly cron: string, readonly timezone: string | null }
          | { readonly __typename: 'SaeHttpTrigger', readonly protocol: string | null, readonly methods: ReadonlyArray<string>, readonly ips: ReadonlyArray<string>, readonly referers: ReadonlyArray<string>, readonly securityConfig: string | null }
         | null } | null }> } | null };

export type SaeJobTemplateIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SaeJobTemplateFilter | null | undefined;
  orderBy?: SaeJobTemplateOrder | null | undefined;
}>;


export type SaeJobTemplateIdsQuery = { readonly saeJobTemplates: { readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly appId: string, readonly instance: string, readonly namespaceId: string | null, readonly active: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string | null }> } | null }> } | null };

export type SaeJobTemplateCountQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: SaeJobTemplateFilter | null | undefined;
}>;


export type SaeJobTemplateCountQuery = { readonly saeJobTemplates: { readonly totalCount: number | null } | null };

export type SaeTemplatesWithExecutionsQueryVariables = Exact<{
  first: number;
  executions: number;
}>;


export type SaeTemplatesWithExecutionsQuery = { readonly saeJobTemplates: { readonly nodes: ReadonlyArray<{ readonly executions: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly template: { readonly appId: string } } | null> } } | null> } | null };

export type SaeExecutionsOfTemplateQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  state?: SaeJobState | null | undefined;
  status?: JobStatus | null | undefined;
}>;


export type SaeExecutionsOfTemplateQuery = { readonly node:
    | { readonly appId: string, readonly appName: string | null, readonly executions: { readonly totalCount: number | null, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly jobId: string, readonly appId: string, readonly appName: string | null, readonly state: SaeJobState | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly message: string | null, readonly instance: string, readonly region: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type SaeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SaeNodeQuery = { readonly node:
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly id: string, readonly provider: Provider, readonly name: string | null, readonly status: JobStatus, readonly providerStatus: string, readonly createdAt: string | null, readonly startedAt: string | null, readonly finishedAt: string | null, readonly durationMs: number | null, readonly jobId: string, readonly appId: string, readonly appName: string | null, readonly state: SaeJobState | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly message: string | null, readonly instance: string, readonly region: string, readonly template: { readonly appId: string, readonly appName: string | null } }
    | { readonly __typename: 'SaeJobTemplate', readonly id: string, readonly appId: string, readonly appName: string | null, readonly appDescription: string | null, readonly namespaceId: string | null, readonly regionId: string | null, readonly region: string, readonly instance: string, readonly triggerConfig: string | null, readonly suspended: boolean | null, readonly active: number | null, readonly succeeded: number | null, readonly failed: number | null, readonly lastStartTime: string | null, readonly completionTime: string | null, readonly lastChangeorderState: string | null, readonly lastChangeorderSucceeded: boolean | null, readonly lastJobState: SaeJobState | null, readonly lastJobStatus: JobStatus, readonly cpu: number | null, readonly mem: number | null, readonly message: string | null, readonly imageUrl: string | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string | null }>, readonly trigger:
        | { readonly __typename: 'SaeCronTrigger', readonly cron: string, readonly timezone: string | null }
        | { readonly __typename: 'SaeHttpTrigger', readonly protocol: string | null, readonly methods: ReadonlyArray<string>, readonly ips: ReadonlyArray<string>, readonly referers: ReadonlyArray<string>, readonly securityConfig: string | null }
       | null }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null };

export type SaeNodesQueryVariables = Exact<{
  ids: ReadonlyArray<string | number> | string | number;
}>;


export type SaeNodesQuery = { readonly nodes: ReadonlyArray<
    | { readonly __typename: 'GravitinoJob', readonly id: string }
    | { readonly __typename: 'GravitinoShellJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoSparkJobTemplate', readonly id: string }
    | { readonly __typename: 'GravitinoUnknownJobTemplate', readonly id: string }
    | { readonly __typename: 'JobRun', readonly id: string }
    | { readonly __typename: 'PaiJob', readonly id: string }
    | { readonly __typename: 'Pod', readonly id: string }
    | { readonly __typename: 'SaeJobExecution', readonly jobId: string, readonly name: string | null, readonly id: string, readonly template: { readonly appId: string } }
    | { readonly __typename: 'SaeJobTemplate', readonly appId: string, readonly appName: string | null, readonly id: string }
    | { readonly __typename: 'Workspace', readonly id: string }
   | null> };

export type SaeTemplatesAndExecutionsQueryVariables = Exact<{
  first: number;
}>;


export type SaeTemplatesAndExecutionsQuery = { readonly saeJobTemplates: { readonly totalCount: number | null, readonly nodes: ReadonlyArray<{ readonly appId: string, readonly executions: { readonly totalCount: number | null } } | null> } | null };

export const EmrQuotaResourcesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrQuotaResourcesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmrQuotaResources"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parsed"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cu"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]} as unknown as DocumentNode<EmrQuotaResourcesFieldsFragment, unknown>;
export const EmrWorkspaceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrWorkspaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceSpec"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}},{"kind":"Field","name":{"kind":"Name","value":"dlfCatalogId"}},{"kind":"Field","name":{"kind":"Name","value":"dlfType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseType"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhiteList"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuotaGpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"cpuCoreCount"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"gpuAmount"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMachineNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMemorySize"}},{"kind":"Field","name":{"kind":"Name","value":"gpuNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeFamily"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"memorySize"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrQuotaResourcesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmrQuotaResources"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parsed"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cu"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]} as unknown as DocumentNode<EmrWorkspaceFieldsFragment, unknown>;
export const EmrJobRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"jobRunId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"submitTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeType"}},{"kind":"Field","name":{"kind":"Name","value":"webUI"}},{"kind":"Field","name":{"kind":"Name","value":"executionTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverStdOut"}},{"kind":"Field","name":{"kind":"Name","value":"driverStdError"}},{"kind":"Field","name":{"kind":"Name","value":"driverSyslog"}},{"kind":"Field","name":{"kind":"Name","value":"driverStartup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"displayReleaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fusion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQueueId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]} as unknown as DocumentNode<EmrJobRunFieldsFragment, unknown>;
export const EmrJobRunUsageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunUsageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vcoreSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"mbSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cuHours"}}]}}]} as unknown as DocumentNode<EmrJobRunUsageFieldsFragment, unknown>;
export const EmrJobRunDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobDriver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sparkSubmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryPoint"}},{"kind":"Field","name":{"kind":"Name","value":"entryPointArguments"}},{"kind":"Field","name":{"kind":"Name","value":"sparkSubmitParameters"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configurationOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configFileName"}},{"kind":"Field","name":{"kind":"Name","value":"configItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"configItemValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"notebookAccessUrl"}}]}}]} as unknown as DocumentNode<EmrJobRunDetailFieldsFragment, unknown>;
export const GravitinoJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplateName"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}}]}}]} as unknown as DocumentNode<GravitinoJobFieldsFragment, unknown>;
export const GravitinoJobTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"providerJobType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"executable"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"environments"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoShellJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scripts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoSparkJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"jars"}},{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"configs"}}]}}]}}]} as unknown as DocumentNode<GravitinoJobTemplateFieldsFragment, unknown>;
export const GravitinoPageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoPageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<GravitinoPageInfoFieldsFragment, unknown>;
export const PaiPodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"podStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"podIp"}},{"kind":"Field","name":{"kind":"Name","value":"podIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}}]}}]} as unknown as DocumentNode<PaiPodFieldsFragment, unknown>;
export const PaiResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiResourceConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMemory"}}]}}]} as unknown as DocumentNode<PaiResourceFieldsFragment, unknown>;
export const PaiHyperNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiHyperNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiHyperNodeSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperNodeName"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}}]} as unknown as DocumentNode<PaiHyperNodeFieldsFragment, unknown>;
export const PaiAutoScalingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiAutoScalingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiAutoScalingSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"scalingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"podsToDelete"}},{"kind":"Field","name":{"kind":"Name","value":"autoscalingMetricSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"stabilizationWindowSeconds"}}]}}]}}]} as unknown as DocumentNode<PaiAutoScalingFieldsFragment, unknown>;
export const PaiContainerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiContainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiContainerSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]} as unknown as DocumentNode<PaiContainerFieldsFragment, unknown>;
export const PaiJobSpecFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobSpecFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockerRegistry"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podCount"}},{"kind":"Field","name":{"kind":"Name","value":"ecsSpec"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"useSpotInstance"}},{"kind":"Field","name":{"kind":"Name","value":"spotSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignNodeSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAssignNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityNodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityHyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraPodSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sideCarContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podAnnotations"}},{"kind":"Field","name":{"kind":"Name","value":"podLabels"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVolumeMountPaths"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preStop"}},{"kind":"Field","name":{"kind":"Name","value":"postStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainContainerSecurityContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAsUser"}},{"kind":"Field","name":{"kind":"Name","value":"runAsGroup"}},{"kind":"Field","name":{"kind":"Name","value":"seccompProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"localhostProfile"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodeSchedulingConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localMountSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMode"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPort"}},{"kind":"Field","name":{"kind":"Name","value":"extraPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"onPhase"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isChief"}},{"kind":"Field","name":{"kind":"Name","value":"restartPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"considerInSuccessPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"performanceLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiResourceConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMemory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiHyperNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiHyperNodeSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperNodeName"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiAutoScalingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiAutoScalingSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"scalingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"podsToDelete"}},{"kind":"Field","name":{"kind":"Name","value":"autoscalingMetricSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"stabilizationWindowSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiContainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiContainerSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]} as unknown as DocumentNode<PaiJobSpecFieldsFragment, unknown>;
export const PaiSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUserId"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"enableTideResource"}},{"kind":"Field","name":{"kind":"Name","value":"enableErrorMonitoringInAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"errorMonitoringArgs"}},{"kind":"Field","name":{"kind":"Name","value":"enableRdma"}},{"kind":"Field","name":{"kind":"Name","value":"allocateAllRdmaDevices"}},{"kind":"Field","name":{"kind":"Name","value":"enableOssAppend"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"advancedSettings"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"enableSanityCheck"}},{"kind":"Field","name":{"kind":"Name","value":"sanityCheckArgs"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"enableCpuAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"disableEcsStockCheck"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnschedulableNodes"}},{"kind":"Field","name":{"kind":"Name","value":"enableDswDev"}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotJobMaxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGracePeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}},{"kind":"Field","name":{"kind":"Name","value":"dataJuicerConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandType"}},{"kind":"Field","name":{"kind":"Name","value":"executionMode"}},{"kind":"Field","name":{"kind":"Name","value":"enableResourceEstimation"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}}]} as unknown as DocumentNode<PaiSettingsFieldsFragment, unknown>;
export const PaiJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"paiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQuotaName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSubmittedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtRunningTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSuccessedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFailedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStoppedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtModifiedTime"}},{"kind":"Field","name":{"kind":"Name","value":"restartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}},{"kind":"Field","name":{"kind":"Name","value":"jobMaxRunningTimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enablePreemptibleJob"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"useOversoldResource"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobSpecFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobReplicaStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"queuing"}},{"kind":"Field","name":{"kind":"Name","value":"dequeued"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPodCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentSpotInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedResourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAutoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableElasticTraining"}},{"kind":"Field","name":{"kind":"Name","value":"minParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"maxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterType"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterDockerImage"}},{"kind":"Field","name":{"kind":"Name","value":"enableAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticWorker"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticPs"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsResourceEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"psMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"psMaxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"elasticStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"enableEdp"}},{"kind":"Field","name":{"kind":"Name","value":"edpMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"edpMaxParallelism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userVpc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"switchId"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"extendedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableCredentialInject"}},{"kind":"Field","name":{"kind":"Name","value":"aliyunEnvRoleKey"}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfigItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRoleFor"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"assumeUserInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"envs"}},{"kind":"Field","name":{"kind":"Name","value":"systemEnvs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibDir"}},{"kind":"Field","name":{"kind":"Name","value":"userCommand"}},{"kind":"Field","name":{"kind":"Name","value":"userScript"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"enabledDebugger"}},{"kind":"Field","name":{"kind":"Name","value":"schedulingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"requestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"requestGpu"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiResourceConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMemory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiHyperNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiHyperNodeSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperNodeName"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiAutoScalingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiAutoScalingSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"scalingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"podsToDelete"}},{"kind":"Field","name":{"kind":"Name","value":"autoscalingMetricSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"stabilizationWindowSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiContainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiContainerSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"podStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"podIp"}},{"kind":"Field","name":{"kind":"Name","value":"podIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobSpecFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockerRegistry"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podCount"}},{"kind":"Field","name":{"kind":"Name","value":"ecsSpec"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"useSpotInstance"}},{"kind":"Field","name":{"kind":"Name","value":"spotSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignNodeSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAssignNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityNodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityHyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraPodSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sideCarContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podAnnotations"}},{"kind":"Field","name":{"kind":"Name","value":"podLabels"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVolumeMountPaths"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preStop"}},{"kind":"Field","name":{"kind":"Name","value":"postStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainContainerSecurityContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAsUser"}},{"kind":"Field","name":{"kind":"Name","value":"runAsGroup"}},{"kind":"Field","name":{"kind":"Name","value":"seccompProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"localhostProfile"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodeSchedulingConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localMountSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMode"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPort"}},{"kind":"Field","name":{"kind":"Name","value":"extraPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"onPhase"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isChief"}},{"kind":"Field","name":{"kind":"Name","value":"restartPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"considerInSuccessPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"performanceLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUserId"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"enableTideResource"}},{"kind":"Field","name":{"kind":"Name","value":"enableErrorMonitoringInAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"errorMonitoringArgs"}},{"kind":"Field","name":{"kind":"Name","value":"enableRdma"}},{"kind":"Field","name":{"kind":"Name","value":"allocateAllRdmaDevices"}},{"kind":"Field","name":{"kind":"Name","value":"enableOssAppend"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"advancedSettings"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"enableSanityCheck"}},{"kind":"Field","name":{"kind":"Name","value":"sanityCheckArgs"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"enableCpuAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"disableEcsStockCheck"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnschedulableNodes"}},{"kind":"Field","name":{"kind":"Name","value":"enableDswDev"}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotJobMaxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGracePeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}},{"kind":"Field","name":{"kind":"Name","value":"dataJuicerConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandType"}},{"kind":"Field","name":{"kind":"Name","value":"executionMode"}},{"kind":"Field","name":{"kind":"Name","value":"enableResourceEstimation"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}}]} as unknown as DocumentNode<PaiJobFieldsFragment, unknown>;
export const PaiJobDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customEnvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restartRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRestartCount"}},{"kind":"Field","name":{"kind":"Name","value":"occurPhase"}},{"kind":"Field","name":{"kind":"Name","value":"occurTime"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"restartDurationInSec"}},{"kind":"Field","name":{"kind":"Name","value":"restartFailReason"}},{"kind":"Field","name":{"kind":"Name","value":"restartLevelType"}},{"kind":"Field","name":{"kind":"Name","value":"restartStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggerId"}},{"kind":"Field","name":{"kind":"Name","value":"detailErrorInfoList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJobLevelBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"addNodeToBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"detailErrorMsg"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMsg"}},{"kind":"Field","name":{"kind":"Name","value":"errorSource"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"triggerRestart"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleSystemEnvs"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobDetailFieldsFragment, unknown>;
export const PaiPageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PaiPageInfoFragment, unknown>;
export const SaeTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"appDescription"}},{"kind":"Field","name":{"kind":"Name","value":"namespaceId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeCronTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeHttpTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"referers"}},{"kind":"Field","name":{"kind":"Name","value":"securityConfig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerConfig"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"lastStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderState"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderSucceeded"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobState"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"mem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]} as unknown as DocumentNode<SaeTemplateFieldsFragment, unknown>;
export const SaeExecutionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeExecutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobExecution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]} as unknown as DocumentNode<SaeExecutionFieldsFragment, unknown>;
export const SaePageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaePageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SaePageInfoFragment, unknown>;
export const EmrWorkspacesWithRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspacesWithRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmrWorkspacesWithRunsQuery, EmrWorkspacesWithRunsQueryVariables>;
export const EmrWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrWorkspaceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrQuotaResourcesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmrQuotaResources"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parsed"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cu"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrWorkspaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceSpec"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}},{"kind":"Field","name":{"kind":"Name","value":"dlfCatalogId"}},{"kind":"Field","name":{"kind":"Name","value":"dlfType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseType"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhiteList"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuotaGpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"cpuCoreCount"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"gpuAmount"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMachineNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMemorySize"}},{"kind":"Field","name":{"kind":"Name","value":"gpuNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeFamily"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"memorySize"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}}]}}]}}]} as unknown as DocumentNode<EmrWorkspacesQuery, EmrWorkspacesQueryVariables>;
export const EmrWorkspaceIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspaceIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmrWorkspaceIdsQuery, EmrWorkspaceIdsQueryVariables>;
export const EmrWorkspaceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspaceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EmrWorkspaceCountQuery, EmrWorkspaceCountQueryVariables>;
export const EmrJobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrJobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRunFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunUsageFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"jobRunId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"submitTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeType"}},{"kind":"Field","name":{"kind":"Name","value":"webUI"}},{"kind":"Field","name":{"kind":"Name","value":"executionTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverStdOut"}},{"kind":"Field","name":{"kind":"Name","value":"driverStdError"}},{"kind":"Field","name":{"kind":"Name","value":"driverSyslog"}},{"kind":"Field","name":{"kind":"Name","value":"driverStartup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"displayReleaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fusion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQueueId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunUsageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vcoreSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"mbSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cuHours"}}]}}]} as unknown as DocumentNode<EmrJobRunsQuery, EmrJobRunsQueryVariables>;
export const EmrJobRunIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrJobRunIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRunFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmrJobRunIdsQuery, EmrJobRunIdsQueryVariables>;
export const EmrJobRunsWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrJobRunsWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunDetailFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobDriver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sparkSubmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryPoint"}},{"kind":"Field","name":{"kind":"Name","value":"entryPointArguments"}},{"kind":"Field","name":{"kind":"Name","value":"sparkSubmitParameters"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configurationOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configFileName"}},{"kind":"Field","name":{"kind":"Name","value":"configItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"configItemValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"notebookAccessUrl"}}]}}]} as unknown as DocumentNode<EmrJobRunsWithDetailsQuery, EmrJobRunsWithDetailsQueryVariables>;
export const EmrWorkspaceNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspaceNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrWorkspaceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrQuotaResourcesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmrQuotaResources"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parsed"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cu"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrWorkspaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceSpec"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}},{"kind":"Field","name":{"kind":"Name","value":"dlfCatalogId"}},{"kind":"Field","name":{"kind":"Name","value":"dlfType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewPeriodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseType"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrQuotaResourcesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhiteList"}},{"kind":"Field","name":{"kind":"Name","value":"prePaidQuotaGpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"cpuCoreCount"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"gpuAmount"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMachineNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuMemorySize"}},{"kind":"Field","name":{"kind":"Name","value":"gpuNum"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSpec"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeFamily"}},{"kind":"Field","name":{"kind":"Name","value":"instanceTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"memorySize"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}}]}}]}}]} as unknown as DocumentNode<EmrWorkspaceNodeQuery, EmrWorkspaceNodeQueryVariables>;
export const EmrJobRunNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrJobRunNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunUsageFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmrJobRunDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"jobRunId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"submitTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeType"}},{"kind":"Field","name":{"kind":"Name","value":"webUI"}},{"kind":"Field","name":{"kind":"Name","value":"executionTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverStdOut"}},{"kind":"Field","name":{"kind":"Name","value":"driverStdError"}},{"kind":"Field","name":{"kind":"Name","value":"driverSyslog"}},{"kind":"Field","name":{"kind":"Name","value":"driverStartup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"displayReleaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fusion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQueueId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunUsageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vcoreSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"mbSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cuHours"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmrJobRunDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobDriver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sparkSubmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryPoint"}},{"kind":"Field","name":{"kind":"Name","value":"entryPointArguments"}},{"kind":"Field","name":{"kind":"Name","value":"sparkSubmitParameters"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configurationOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configFileName"}},{"kind":"Field","name":{"kind":"Name","value":"configItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"configItemValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"notebookAccessUrl"}}]}}]} as unknown as DocumentNode<EmrJobRunNodeQuery, EmrJobRunNodeQueryVariables>;
export const EmrNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRunId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}}]}}]}}]}}]} as unknown as DocumentNode<EmrNodesQuery, EmrNodesQueryVariables>;
export const EmrWorkspacesBesideSaeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrWorkspacesBesideSae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EmrWorkspacesBesideSaeQuery, EmrWorkspacesBesideSaeQueryVariables>;
export const EmrSameRunsTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmrSameRunsTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"plain"},"name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"detailed"},"name":{"kind":"Name","value":"jobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobDriver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sparkSubmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryPoint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmrSameRunsTwiceQuery, EmrSameRunsTwiceQueryVariables>;
export const GravitinoJobsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoJobsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusCountsSource"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoJobFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoPageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplateName"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoPageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<GravitinoJobsPageQuery, GravitinoJobsPageQueryVariables>;
export const GravitinoJobsWithTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoJobsWithTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplateName"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoJobsWithTemplatesQuery, GravitinoJobsWithTemplatesQueryVariables>;
export const GravitinoJobsWithTemplateDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoJobsWithTemplateDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoJobTemplateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"providerJobType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"executable"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"environments"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoShellJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scripts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoSparkJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"jars"}},{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"configs"}}]}}]}}]} as unknown as DocumentNode<GravitinoJobsWithTemplateDetailsQuery, GravitinoJobsWithTemplateDetailsQueryVariables>;
export const GravitinoJobsTwiceAndTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoJobsTwiceAndTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"failed"},"name":{"kind":"Name","value":"gravitinoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FAILED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"running"},"name":{"kind":"Name","value":"gravitinoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RUNNING"},{"kind":"EnumValue","value":"PENDING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoJobsTwiceAndTemplatesQuery, GravitinoJobsTwiceAndTemplatesQueryVariables>;
export const GravitinoJobTemplatesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoJobTemplatesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoJobTemplateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoPageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"providerJobType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"executable"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"environments"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoShellJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scripts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoSparkJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"jars"}},{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"configs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoPageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<GravitinoJobTemplatesPageQuery, GravitinoJobTemplatesPageQueryVariables>;
export const GravitinoTemplateRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoTemplateRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobRunFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metalake"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metalake"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusCountsSource"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplateName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoTemplateRunsQuery, GravitinoTemplateRunsQueryVariables>;
export const GravitinoMetalakesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoMetalakesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoMetalakeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoMetalakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoPageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoPageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<GravitinoMetalakesPageQuery, GravitinoMetalakesPageQueryVariables>;
export const GravitinoMetalakesTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoMetalakesTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoMetalakeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoMetalakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoMetalakesTotalQuery, GravitinoMetalakesTotalQueryVariables>;
export const GravitinoMetalakeContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoMetalakeContents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gravitinoMetalakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"QUEUED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoMetalakeContentsQuery, GravitinoMetalakeContentsQueryVariables>;
export const GravitinoNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}}]}}]}}]}}]} as unknown as DocumentNode<GravitinoNodesQuery, GravitinoNodesQueryVariables>;
export const GravitinoNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GravitinoNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GravitinoJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"templateName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GravitinoJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GravitinoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"jobTemplateName"}},{"kind":"Field","name":{"kind":"Name","value":"metalake"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifier"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}}]}}]}}]} as unknown as DocumentNode<GravitinoNodeQuery, GravitinoNodeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const PaiJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"podStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"podIp"}},{"kind":"Field","name":{"kind":"Name","value":"podIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiResourceConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMemory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiHyperNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiHyperNodeSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperNodeName"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiAutoScalingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiAutoScalingSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"scalingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"podsToDelete"}},{"kind":"Field","name":{"kind":"Name","value":"autoscalingMetricSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"stabilizationWindowSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiContainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiContainerSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobSpecFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockerRegistry"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podCount"}},{"kind":"Field","name":{"kind":"Name","value":"ecsSpec"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"useSpotInstance"}},{"kind":"Field","name":{"kind":"Name","value":"spotSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignNodeSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAssignNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityNodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityHyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraPodSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sideCarContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podAnnotations"}},{"kind":"Field","name":{"kind":"Name","value":"podLabels"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVolumeMountPaths"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preStop"}},{"kind":"Field","name":{"kind":"Name","value":"postStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainContainerSecurityContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAsUser"}},{"kind":"Field","name":{"kind":"Name","value":"runAsGroup"}},{"kind":"Field","name":{"kind":"Name","value":"seccompProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"localhostProfile"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodeSchedulingConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localMountSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMode"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPort"}},{"kind":"Field","name":{"kind":"Name","value":"extraPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"onPhase"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isChief"}},{"kind":"Field","name":{"kind":"Name","value":"restartPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"considerInSuccessPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"performanceLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUserId"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"enableTideResource"}},{"kind":"Field","name":{"kind":"Name","value":"enableErrorMonitoringInAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"errorMonitoringArgs"}},{"kind":"Field","name":{"kind":"Name","value":"enableRdma"}},{"kind":"Field","name":{"kind":"Name","value":"allocateAllRdmaDevices"}},{"kind":"Field","name":{"kind":"Name","value":"enableOssAppend"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"advancedSettings"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"enableSanityCheck"}},{"kind":"Field","name":{"kind":"Name","value":"sanityCheckArgs"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"enableCpuAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"disableEcsStockCheck"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnschedulableNodes"}},{"kind":"Field","name":{"kind":"Name","value":"enableDswDev"}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotJobMaxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGracePeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}},{"kind":"Field","name":{"kind":"Name","value":"dataJuicerConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandType"}},{"kind":"Field","name":{"kind":"Name","value":"executionMode"}},{"kind":"Field","name":{"kind":"Name","value":"enableResourceEstimation"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"paiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQuotaName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSubmittedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtRunningTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSuccessedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFailedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStoppedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtModifiedTime"}},{"kind":"Field","name":{"kind":"Name","value":"restartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}},{"kind":"Field","name":{"kind":"Name","value":"jobMaxRunningTimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enablePreemptibleJob"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"useOversoldResource"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobSpecFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobReplicaStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"queuing"}},{"kind":"Field","name":{"kind":"Name","value":"dequeued"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPodCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentSpotInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedResourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAutoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableElasticTraining"}},{"kind":"Field","name":{"kind":"Name","value":"minParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"maxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterType"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterDockerImage"}},{"kind":"Field","name":{"kind":"Name","value":"enableAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticWorker"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticPs"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsResourceEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"psMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"psMaxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"elasticStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"enableEdp"}},{"kind":"Field","name":{"kind":"Name","value":"edpMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"edpMaxParallelism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userVpc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"switchId"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"extendedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableCredentialInject"}},{"kind":"Field","name":{"kind":"Name","value":"aliyunEnvRoleKey"}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfigItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRoleFor"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"assumeUserInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"envs"}},{"kind":"Field","name":{"kind":"Name","value":"systemEnvs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibDir"}},{"kind":"Field","name":{"kind":"Name","value":"userCommand"}},{"kind":"Field","name":{"kind":"Name","value":"userScript"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"enabledDebugger"}},{"kind":"Field","name":{"kind":"Name","value":"schedulingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"requestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"requestGpu"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}}]} as unknown as DocumentNode<PaiJobsQuery, PaiJobsQueryVariables>;
export const PaiJobIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PaiJobIdsQuery, PaiJobIdsQueryVariables>;
export const PaiJobCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PaiJobCountQuery, PaiJobCountQueryVariables>;
export const PaiJobsWithPodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobsWithPods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobsWithPodsQuery, PaiJobsWithPodsQueryVariables>;
export const PaiJobsWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobsWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customEnvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restartRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRestartCount"}},{"kind":"Field","name":{"kind":"Name","value":"occurPhase"}},{"kind":"Field","name":{"kind":"Name","value":"occurTime"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"restartDurationInSec"}},{"kind":"Field","name":{"kind":"Name","value":"restartFailReason"}},{"kind":"Field","name":{"kind":"Name","value":"restartLevelType"}},{"kind":"Field","name":{"kind":"Name","value":"restartStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggerId"}},{"kind":"Field","name":{"kind":"Name","value":"detailErrorInfoList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJobLevelBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"addNodeToBlacklist"}},{"kind":"Field","name":{"kind":"Name","value":"detailErrorMsg"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMsg"}},{"kind":"Field","name":{"kind":"Name","value":"errorSource"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"pod"}},{"kind":"Field","name":{"kind":"Name","value":"triggerRestart"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleSystemEnvs"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobsWithDetailsQuery, PaiJobsWithDetailsQueryVariables>;
export const PaiJobDescriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobDescriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobDescriptionsQuery, PaiJobDescriptionsQueryVariables>;
export const PaiJobDescriptionsTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobDescriptionsTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customEnvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobDescriptionsTwiceQuery, PaiJobDescriptionsTwiceQueryVariables>;
export const PaiNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiPodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"podUid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"podStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"podIp"}},{"kind":"Field","name":{"kind":"Name","value":"podIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiResourceConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMemory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiHyperNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiHyperNodeSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperNodeName"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiAutoScalingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiAutoScalingSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"scalingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"podsToDelete"}},{"kind":"Field","name":{"kind":"Name","value":"autoscalingMetricSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"stabilizationWindowSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiContainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiContainerSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limits"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobSpecFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockerRegistry"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podCount"}},{"kind":"Field","name":{"kind":"Name","value":"ecsSpec"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"useSpotInstance"}},{"kind":"Field","name":{"kind":"Name","value":"spotSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"spotStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"spotDiscountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"spotPriceLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignNodeSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAssignNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityNodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiAffinityHyperNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiHyperNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraPodSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sideCarContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiContainerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"podAnnotations"}},{"kind":"Field","name":{"kind":"Name","value":"podLabels"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVolumeMountPaths"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preStop"}},{"kind":"Field","name":{"kind":"Name","value":"postStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainContainerSecurityContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAsUser"}},{"kind":"Field","name":{"kind":"Name","value":"runAsGroup"}},{"kind":"Field","name":{"kind":"Name","value":"seccompProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"localhostProfile"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperNodeSchedulingConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localMountSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}},{"kind":"Field","name":{"kind":"Name","value":"mountMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMode"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPort"}},{"kind":"Field","name":{"kind":"Name","value":"extraPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"onPhase"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isChief"}},{"kind":"Field","name":{"kind":"Name","value":"restartPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"considerInSuccessPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"performanceLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJobSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUserId"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"enableTideResource"}},{"kind":"Field","name":{"kind":"Name","value":"enableErrorMonitoringInAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"errorMonitoringArgs"}},{"kind":"Field","name":{"kind":"Name","value":"enableRdma"}},{"kind":"Field","name":{"kind":"Name","value":"allocateAllRdmaDevices"}},{"kind":"Field","name":{"kind":"Name","value":"enableOssAppend"}},{"kind":"Field","name":{"kind":"Name","value":"oversoldType"}},{"kind":"Field","name":{"kind":"Name","value":"advancedSettings"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"enableSanityCheck"}},{"kind":"Field","name":{"kind":"Name","value":"sanityCheckArgs"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"jobReservedPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"enableCpuAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"disableEcsStockCheck"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnschedulableNodes"}},{"kind":"Field","name":{"kind":"Name","value":"enableDswDev"}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpotJobMaxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGracePeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}},{"kind":"Field","name":{"kind":"Name","value":"dataJuicerConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandType"}},{"kind":"Field","name":{"kind":"Name","value":"executionMode"}},{"kind":"Field","name":{"kind":"Name","value":"enableResourceEstimation"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaiJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"paiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobType"}},{"kind":"Field","name":{"kind":"Name","value":"subStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceQuotaName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"gmtCreateTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSubmittedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtRunningTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtSuccessedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFailedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtStoppedTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtFinishTime"}},{"kind":"Field","name":{"kind":"Name","value":"gmtModifiedTime"}},{"kind":"Field","name":{"kind":"Name","value":"restartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"restartCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRestartTimes"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}},{"kind":"Field","name":{"kind":"Name","value":"jobMaxRunningTimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enablePreemptibleJob"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"useOversoldResource"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiPodFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiJobSpecFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobReplicaStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"queuing"}},{"kind":"Field","name":{"kind":"Name","value":"dequeued"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPodCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentSpotInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedResourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiResourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAutoScalingSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiAutoScalingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaiSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableElasticTraining"}},{"kind":"Field","name":{"kind":"Name","value":"minParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"maxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterType"}},{"kind":"Field","name":{"kind":"Name","value":"aiMasterDockerImage"}},{"kind":"Field","name":{"kind":"Name","value":"enableAiMaster"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticWorker"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsJobElasticPs"}},{"kind":"Field","name":{"kind":"Name","value":"enablePsResourceEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"psMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"psMaxParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"elasticStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"enableEdp"}},{"kind":"Field","name":{"kind":"Name","value":"edpMinParallelism"}},{"kind":"Field","name":{"kind":"Name","value":"edpMaxParallelism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"mountPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userVpc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"switchId"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"extendedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableCredentialInject"}},{"kind":"Field","name":{"kind":"Name","value":"aliyunEnvRoleKey"}},{"kind":"Field","name":{"kind":"Name","value":"credentialConfigItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRoleFor"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"assumeUserInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"envs"}},{"kind":"Field","name":{"kind":"Name","value":"systemEnvs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibs"}},{"kind":"Field","name":{"kind":"Name","value":"thirdpartyLibDir"}},{"kind":"Field","name":{"kind":"Name","value":"userCommand"}},{"kind":"Field","name":{"kind":"Name","value":"userScript"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"enabledDebugger"}},{"kind":"Field","name":{"kind":"Name","value":"schedulingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedProfilingTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requestCpu"}},{"kind":"Field","name":{"kind":"Name","value":"requestMemory"}},{"kind":"Field","name":{"kind":"Name","value":"requestGpu"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}}]}}]} as unknown as DocumentNode<PaiNodeQuery, PaiNodeQueryVariables>;
export const PaiNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"pods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"podId"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaiNodesQuery, PaiNodesQueryVariables>;
export const PaiNodesWithDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiNodesWithDescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PaiNodesWithDescriptionQuery, PaiNodesWithDescriptionQueryVariables>;
export const PaiJobsBesideSaeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaiJobsBesideSae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paiJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PaiJobsBesideSaeQuery, PaiJobsBesideSaeQueryVariables>;
export const SaeJobTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeJobTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaePageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaeTemplateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaePageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"appDescription"}},{"kind":"Field","name":{"kind":"Name","value":"namespaceId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeCronTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeHttpTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"referers"}},{"kind":"Field","name":{"kind":"Name","value":"securityConfig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerConfig"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"lastStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderState"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderSucceeded"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobState"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"mem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]} as unknown as DocumentNode<SaeJobTemplatesQuery, SaeJobTemplatesQueryVariables>;
export const SaeJobTemplateIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeJobTemplateIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaePageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"namespaceId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaePageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SaeJobTemplateIdsQuery, SaeJobTemplateIdsQueryVariables>;
export const SaeJobTemplateCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeJobTemplateCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplateFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SaeJobTemplateCountQuery, SaeJobTemplateCountQueryVariables>;
export const SaeTemplatesWithExecutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeTemplatesWithExecutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"executions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"executions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaeTemplatesWithExecutionsQuery, SaeTemplatesWithExecutionsQueryVariables>;
export const SaeExecutionsOfTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeExecutionsOfTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"executions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaePageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaeExecutionFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaePageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeExecutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobExecution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]} as unknown as DocumentNode<SaeExecutionsOfTemplateQuery, SaeExecutionsOfTemplateQueryVariables>;
export const SaeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaeTemplateFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobExecution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SaeExecutionFields"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"appDescription"}},{"kind":"Field","name":{"kind":"Name","value":"namespaceId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeCronTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeHttpTrigger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"referers"}},{"kind":"Field","name":{"kind":"Name","value":"securityConfig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerConfig"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"lastStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderState"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeorderSucceeded"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobState"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"mem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SaeExecutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobExecution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]} as unknown as DocumentNode<SaeNodeQuery, SaeNodeQueryVariables>;
export const SaeNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaeJobExecution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaeNodesQuery, SaeNodesQueryVariables>;
export const SaeTemplatesAndExecutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaeTemplatesAndExecutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saeJobTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"executions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaeTemplatesAndExecutionsQuery, SaeTemplatesAndExecutionsQueryVariables>;