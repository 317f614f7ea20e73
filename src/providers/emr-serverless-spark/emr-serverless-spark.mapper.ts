import { durationBetween, fromEpochMillis } from '../../domain/instant';
import type {
  ConfigurationOverrides,
  JobDriver,
  JobRun,
  JobRunLog,
  JobRunOrigin,
} from '../../domain/job-run';
import type { ResourceTag, StateChangeReason } from '../../domain/workspace';
import type { JobRun as JobRunDto, JobRunDetail as JobRunDetailDto } from './emr-serverless-spark.dto';
import { emrJobRunStatus } from '../../domain/job-run-status';
import {
  asRecord,
  booleanOrNull,
  numberOrNull,
  recordList,
  stringList,
  textOrNull,
} from './emr-serverless-spark-wire-values';

/** Where a run was read: ids from the request fill in for ids a body leaves out. */
export interface JobRunContext {
  readonly instanceId: string;
  readonly workspaceId: string;
  readonly jobRunId?: string;
}

type WireRecord = Readonly<Record<string, unknown>>;

/** `{code, message}`; null when absent. Shared with the workspace mapper. */
export function mapStateChangeReason(value: unknown): StateChangeReason | null {
  const reason = asRecord(value);
  return reason ? { code: textOrNull(reason.code), message: textOrNull(reason.message) } : null;
}

/**
 * Tags under one spelling. Entries without a key are dropped: they carry nothing, and the doc's
 * own example shows a placeholder `{tagKey: "", tagValue: ""}`.
 */
export function mapTags(value: unknown, keyField: string, valueField: string): ResourceTag[] {
  return recordList(value, (tag) => ({
    key: textOrNull(tag[keyField]),
    value: textOrNull(tag[valueField]) ?? '',
  })).filter((tag): tag is ResourceTag => tag.key !== null);
}

function mapLog(value: unknown): JobRunLog | null {
  const log = asRecord(value);
  if (!log) return null;
  return {
    driverStdOut: textOrNull(log.driverStdOut),
    driverStdError: textOrNull(log.driverStdError),
    driverSyslog: textOrNull(log.driverSyslog),
    driverStartup: textOrNull(log.driverStartup),
  };
}

function mapJobDriver(value: unknown): JobDriver | null {
  const driver = asRecord(value);
  if (!driver) return null;
  const submit = asRecord(driver.sparkSubmit);
  return {
    sparkSubmit: submit && {
      entryPoint: textOrNull(submit.entryPoint),
      entryPointArguments: stringList(submit.entryPointArguments),
      sparkSubmitParameters: textOrNull(submit.sparkSubmitParameters),
    },
  };
}

function mapConfigurationOverrides(value: unknown): ConfigurationOverrides | null {
  const overrides = asRecord(value);
  if (!overrides) return null;
  return {
    configurations: recordList(overrides.configurations, (c) => ({
      configFileName: textOrNull(c.configFileName),
      configItemKey: textOrNull(c.configItemKey),
      configItemValue: textOrNull(c.configItemValue),
    })),
  };
}

function mapJobRun(r: WireRecord, origin: JobRunOrigin, context: JobRunContext): JobRun {
  const providerStatus = textOrNull(r.state) ?? '';
  const createdAt = fromEpochMillis(numberOrNull(r.submitTime));
  const finishedAt = fromEpochMillis(numberOrNull(r.endTime));
  return {
    provider: 'EMR_SERVERLESS_SPARK',
    instanceId: context.instanceId,
    origin,
    workspaceId: textOrNull(r.workspaceId) ?? context.workspaceId,
    jobRunId: textOrNull(r.jobRunId) ?? context.jobRunId ?? '',
    name: textOrNull(r.name),
    status: emrJobRunStatus(providerStatus),
    providerStatus,
    createdAt,
    // EMR reports submit and end times only; when the run started running is not in the API.
    startedAt: null,
    finishedAt,
    // durationMs is run time on every provider; EMR never says when a run began running, so it
    // has none. What it has, submit to end, is queueing plus running: totalDurationMs.
    durationMs: null,
    totalDurationMs: durationBetween(createdAt, finishedAt),
    stateChangeReason: mapStateChangeReason(r.stateChangeReason),
    codeType: textOrNull(r.codeType),
    webUI: textOrNull(r.webUI),
    executionTimeoutSeconds: numberOrNull(r.executionTimeoutSeconds),
    // The same UID under two names: List says creator, GetJobRun says resourceOwnerId.
    creator: textOrNull(r.creator) ?? textOrNull(r.resourceOwnerId),
    tags: mapTags(r.tags, 'key', 'value'),
    log: mapLog(r.log),
    releaseVersion: textOrNull(r.releaseVersion),
    displayReleaseVersion: textOrNull(r.displayReleaseVersion),
    jobDriver: mapJobDriver(r.jobDriver),
    configurationOverrides: mapConfigurationOverrides(r.configurationOverrides),
    fusion: booleanOrNull(r.fusion),
    vcoreSeconds: numberOrNull(r.vcoreSeconds),
    mbSeconds: numberOrNull(r.mbSeconds),
    cuHours: numberOrNull(r.cuHours),
    resourceQueueId: textOrNull(r.resourceQueueId),
    priority: textOrNull(r.priority),
    environmentId: textOrNull(r.environmentId),
    notebookAccessUrl: textOrNull(r.notebookAccessUrl),
  };
}

/** A ListJobRuns item → JobRun (pure). */
export function mapListJobRun(dto: JobRunDto, context: JobRunContext): JobRun {
  return mapJobRun(dto as unknown as WireRecord, 'ListJobRuns', context);
}

/** A GetJobRun `jobRun` → JobRun (pure). */
export function mapJobRunDetail(dto: JobRunDetailDto, context: JobRunContext): JobRun {
  return mapJobRun(dto as unknown as WireRecord, 'GetJobRun', context);
}
