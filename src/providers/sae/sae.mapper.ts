import { durationBetween, type EpochMillis } from '../../domain/instant';
import { normalizeJobStatus } from '../../domain/job-status';
import type {
  SaeHttpTrigger,
  SaeJobExecution,
  SaeJobTemplate,
  SaeTag,
  SaeTrigger,
} from '../../domain/sae-job';
import { SAE_STATUS_TABLE, saeLastJobStatus } from '../../domain/sae-job-status';
import type { SaeTemplateRef } from './sae-query';
import type {
  DescribeJobHistoryResponseBodyDataJobs,
  ListJobsResponseBodyDataApplications,
  ListJobsResponseBodyDataApplicationsTags,
} from './sae.dto';
import { count, epochSeconds, flag, isRecord, nonBlank, stringList, text } from './sae-wire-values';

/** Hears of a wire value the mapper refused and answered null for: its wire field and the value. */
export type SaeWireRefusal = (field: string, value: unknown) => void;

/**
 * An SAE time field as epoch ms. A value that only makes sense as milliseconds breaks SAE's
 * documented schema (seconds); it becomes null and is reported, so the rest of the record (and the
 * rest of the page) still arrives. Dividing it by 1000 would guess at what SAE meant, and failing
 * the whole call would lose every other template for one field.
 */
function instant(field: string, value: unknown, refused: SaeWireRefusal): EpochMillis | null {
  const reading = epochSeconds(value);
  if ('millis' in reading) return reading.millis;
  refused(field, value);
  return null;
}

const IGNORE_REFUSALS: SaeWireRefusal = () => undefined;

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

function httpTrigger(config: unknown): SaeHttpTrigger | null {
  // The doc's example nests an object; accept the same object sent as a JSON string too.
  let value = config;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (value === undefined || value === null) value = {};
  if (!isRecord(value)) return null;
  return {
    type: 'http',
    protocol: nonBlank(value.type),
    methods: stringList(value.method),
    ip: stringList(value.ip),
    referer: stringList(value.referer),
    securityConfig: nonBlank(value.securityConfig),
  };
}

/**
 * Parses a template's TriggerConfig JSON string: `{"type":"time","config":"<cron>","timezone":"GMT+8:00"}`
 * or `{"type":"http","config":{...}}`. Anything else (absent, not JSON, an unknown type, a time
 * trigger without a cron) is null; the caller keeps the raw string beside it.
 */
export function parseSaeTriggerConfig(raw: string | null | undefined): SaeTrigger | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.type !== 'string') return null;
  switch (parsed.type.toLowerCase()) {
    case 'time': {
      const cron = nonBlank(parsed.config);
      return cron === null ? null : { type: 'time', cron: cron.trim(), timezone: nonBlank(parsed.timezone) };
    }
    case 'http':
      return httpTrigger(parsed.config);
    default:
      return null;
  }
}

/** A ListJobs `Data.Applications` item → the domain template of instance `instanceId`. */
export function toSaeJobTemplate(
  dto: ListJobsResponseBodyDataApplications,
  instanceId: string,
  refused: SaeWireRefusal = IGNORE_REFUSALS,
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
    lastStartTime: instant('LastStartTime', dto.LastStartTime, refused),
    completionTime: instant('CompletionTime', dto.CompletionTime, refused),
    lastChangeorderState,
    lastChangeorderSucceeded: changeOrderSucceeded(lastChangeorderState),
    lastJobState,
    lastJobStatus: saeLastJobStatus(lastJobState),
    cpu: count(dto.Cpu),
    mem: count(dto.Mem),
    message: text(dto.Message),
    imageUrl: text(dto.ImageUrl),
  };
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
  refused: SaeWireRefusal = IGNORE_REFUSALS,
): SaeJobExecution {
  const state = text(dto.State);
  const status = normalizeJobStatus(SAE_STATUS_TABLE, state);
  const createdAt = instant('StartTime', dto.StartTime, refused);
  const startedAt = status === 'PENDING' ? null : createdAt;
  const finishedAt = instant('CompletionTime', dto.CompletionTime, refused);
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
