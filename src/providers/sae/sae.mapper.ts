import { durationBetween, fromEpochSeconds } from '../../domain/instant';
import { normalizeJobStatus } from '../../domain/job-status';
import type { SaeJobExecution, SaeJobTemplate, SaeTag } from '../../domain/sae-job';
import { SAE_STATUS_TABLE } from '../../domain/sae-job-status';
import { parseSaeTriggerConfig } from './sae-trigger-config';
import type {
  DescribeJobHistoryResponseBodyDataJobs,
  ListJobsResponseBodyDataApplications,
  ListJobsResponseBodyDataApplicationsTags,
} from './sae.dto';

// Wire values are checked at runtime as well as typed: the body is unverified JSON, and one odd
// field should cost that field (null), not the whole record.

/** A non-empty string, else null (SAE sends "" for "none", e.g. ImageUrl). */
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A finite number; numeric strings are accepted since some SAE counters are strings elsewhere. */
function count(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

function flag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

function tags(value: readonly ListJobsResponseBodyDataApplicationsTags[] | undefined): SaeTag[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((tag: unknown) => {
    const { Key, Value } = (typeof tag === 'object' && tag !== null ? tag : {}) as Record<string, unknown>;
    const key = text(Key);
    return key === null ? [] : [{ key, value: typeof Value === 'string' ? Value : null }];
  });
}

/** "1" the last change order succeeded, "0" it failed; anything else is not known. */
function changeOrderSucceeded(state: string | null): boolean | null {
  return state === '1' ? true : state === '0' ? false : null;
}

/** A ListJobs `Data.Applications` item → the domain template of instance `instanceId`. */
export function toSaeJobTemplate(
  dto: ListJobsResponseBodyDataApplications,
  instanceId: string,
): SaeJobTemplate {
  const lastChangeorderState = text(dto.LastChangeorderState);
  const lastJobState = text(dto.LastJobState);
  const triggerConfig = typeof dto.TriggerConfig === 'string' ? dto.TriggerConfig : null;
  return {
    provider: 'SAE',
    instanceId,
    appId: dto.AppId,
    appName: text(dto.AppName),
    appDescription: text(dto.AppDescription),
    namespaceId: text(dto.NamespaceId),
    regionId: text(dto.RegionId),
    tags: tags(dto.Tags),
    trigger: parseSaeTriggerConfig(triggerConfig),
    triggerConfig,
    suspend: flag(dto.Suspend),
    active: count(dto.Active),
    succeeded: count(dto.Succeeded),
    failed: count(dto.Failed),
    lastStartTime: fromEpochSeconds(dto.LastStartTime),
    completionTime: fromEpochSeconds(dto.CompletionTime),
    lastChangeorderState,
    lastChangeorderSucceeded: changeOrderSucceeded(lastChangeorderState),
    lastJobState,
    lastJobStatus: normalizeJobStatus(SAE_STATUS_TABLE, lastJobState),
    cpu: count(dto.Cpu),
    mem: count(dto.Mem),
    message: text(dto.Message),
    imageUrl: text(dto.ImageUrl),
  };
}

/** The template an execution belongs to, as far as the caller knows it. */
export interface SaeTemplateRef {
  readonly appId: string;
  /** The template's AppName; it becomes the execution's `name`. */
  readonly appName?: string | null;
}

/**
 * A DescribeJobHistory item (or DescribeJobStatus `Data`) → the domain execution. StartTime is
 * when SAE created the run, so it is `createdAt`; it is also `startedAt` unless the run has not
 * started yet (State "0"). `name` is the template's AppName when known, else the JobId.
 */
export function toSaeJobExecution(
  dto: DescribeJobHistoryResponseBodyDataJobs,
  template: SaeTemplateRef,
  instanceId: string,
): SaeJobExecution {
  const state = text(dto.State);
  const status = normalizeJobStatus(SAE_STATUS_TABLE, state);
  const createdAt = fromEpochSeconds(dto.StartTime);
  const startedAt = status === 'PENDING' ? null : createdAt;
  const finishedAt = fromEpochSeconds(dto.CompletionTime);
  const appName = text(template.appName);
  return {
    provider: 'SAE',
    instanceId,
    name: appName ?? dto.JobId,
    status,
    providerStatus: state ?? '',
    createdAt,
    startedAt,
    finishedAt,
    durationMs: durationBetween(startedAt, finishedAt),
    jobId: dto.JobId,
    appId: template.appId,
    appName,
    state,
    startTime: createdAt,
    completionTime: finishedAt,
    active: count(dto.Active),
    succeeded: count(dto.Succeeded),
    failed: count(dto.Failed),
    message: text(dto.Message),
  };
}
