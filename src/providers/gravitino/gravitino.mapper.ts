import type { GravitinoAudit } from '../../domain/gravitino-audit';
import type { GravitinoJob, GravitinoJobList, GravitinoStatusCount } from '../../domain/gravitino-job';
import type { GravitinoJobTemplate } from '../../domain/gravitino-job-template';
import type { GravitinoMetalake } from '../../domain/gravitino-metalake';
import { durationBetween, fromIsoString } from '../../domain/instant';
import { redactSecretValues } from '../../domain/redact-secret-values';
import {
  JOB_STATUSES,
  type AuditDTO,
  type JobDTO,
  type JobListResponse,
  type JobTemplateDTO,
  type MetalakeDTO,
} from './gravitino.dto';
import { canonicalGravitinoStatus, normalizeGravitinoStatus } from '../../domain/gravitino-job-status';
import { wireStringMap, wireStrings, wireText } from './gravitino-wire-values';

/** Where a mapped entity came from: the configured server and the metalake of the call. */
export interface GravitinoScope {
  readonly instanceId: string;
  readonly metalake: string;
}

/** AuditDTO → GravitinoAudit; an absent audit gives all-null fields. Microseconds are truncated to ms. */
function toGravitinoAudit(dto: AuditDTO | undefined): GravitinoAudit {
  const audit: Partial<Record<keyof AuditDTO, unknown>> = typeof dto === 'object' && dto !== null ? dto : {};
  return {
    creator: wireText(audit.creator),
    createTime: fromIsoString(wireText(audit.createTime)),
    lastModifier: wireText(audit.lastModifier),
    lastModifiedTime: fromIsoString(wireText(audit.lastModifiedTime)),
  };
}

/** JobDTO → GravitinoJob. Pure; never throws on odd records (unknown status → UNKNOWN, bad times → null). */
export function toGravitinoJob(dto: JobDTO, scope: GravitinoScope): GravitinoJob {
  const jobId = wireText(dto.jobId) ?? '';
  const jobTemplateName = wireText(dto.jobTemplateName) ?? '';
  const providerStatus = wireText(dto.status) ?? '';
  const audit = toGravitinoAudit(dto.audit);
  const queuedAt = fromIsoString(wireText(dto.queuedAt));
  const startedAt = fromIsoString(wireText(dto.startedAt));
  const finishedAt = fromIsoString(wireText(dto.finishedAt));
  return {
    provider: 'GRAVITINO',
    instanceId: scope.instanceId,
    metalake: scope.metalake,
    jobId,
    jobTemplateName,
    name: jobTemplateName !== '' ? jobTemplateName : jobId !== '' ? jobId : null,
    status: normalizeGravitinoStatus(providerStatus),
    providerStatus,
    queuedAt,
    createdAt: queuedAt ?? audit.createTime,
    startedAt,
    finishedAt,
    durationMs: durationBetween(startedAt, finishedAt),
    audit,
  };
}

/** The server's `statusCounts` in wire order; entries that are not non-negative integers are dropped. */
function upstreamStatusCounts(counts: object): GravitinoStatusCount[] {
  return Object.entries(counts)
    .filter((entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && (entry[1] as number) >= 0)
    .map(([providerStatus, count]) => ({
      status: normalizeGravitinoStatus(providerStatus),
      providerStatus,
      count,
    }));
}

/** Counts per status over `jobs`, keyed and ordered as main's server does, every known status present. */
export function countGravitinoStatuses(jobs: readonly GravitinoJob[]): GravitinoStatusCount[] {
  const counts = new Map<string, number>(JOB_STATUSES.map((status) => [status, 0]));
  for (const job of jobs) {
    const key = canonicalGravitinoStatus(job.providerStatus);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([providerStatus, count]) => ({
    status: normalizeGravitinoStatus(providerStatus),
    providerStatus,
    count,
  }));
}

/** A list the gateway selected itself, with its counts counted as the server counts them. */
export function countedJobList(jobs: readonly GravitinoJob[]): GravitinoJobList {
  return { jobs, statusCounts: countGravitinoStatuses(jobs), statusCountsSource: 'COUNTED' };
}

/**
 * JobListResponse → GravitinoJobList, in the server's order. Without `statusCounts` (a v1.3.0
 * server) the jobs are counted here; whether the list was filtered is the provider's question.
 */
export function toGravitinoJobList(response: JobListResponse, scope: GravitinoScope): GravitinoJobList {
  const jobs = (Array.isArray(response.jobs) ? response.jobs : []).map((dto) => toGravitinoJob(dto, scope));
  const counts: unknown = response.statusCounts;
  if (typeof counts === 'object' && counts !== null && !Array.isArray(counts)) {
    return { jobs, statusCounts: upstreamStatusCounts(counts), statusCountsSource: 'UPSTREAM' };
  }
  return countedJobList(jobs);
}

/** MetalakeDTO → GravitinoMetalake. */
export function toGravitinoMetalake(dto: MetalakeDTO, instanceId: string): GravitinoMetalake {
  return {
    instanceId,
    name: wireText(dto.name) ?? '',
    comment: wireText(dto.comment),
    properties: wireStringMap(dto.properties),
    audit: toGravitinoAudit(dto.audit),
  };
}

/** The wire fields of any template, read loosely: a newer server may send a jobType we do not know. */
type LooseTemplate = Partial<Record<string, unknown>>;

/**
 * JobTemplateDTO → GravitinoJobTemplate. Lists and maps the server omitted (NON_NULL) become
 * empty; `jobType` is matched case-insensitively, and an unknown one keeps the common fields.
 */
export function toGravitinoJobTemplate(dto: JobTemplateDTO, scope: GravitinoScope): GravitinoJobTemplate {
  const wire = dto as unknown as LooseTemplate;
  const providerJobType = wireText(wire.jobType) ?? '';
  const common = {
    instanceId: scope.instanceId,
    metalake: scope.metalake,
    name: wireText(wire.name) ?? '',
    providerJobType,
    comment: wireText(wire.comment),
    executable: wireText(wire.executable) ?? '',
    arguments: wireStrings(wire.arguments),
    environments: redactSecretValues(wireStringMap(wire.environments)),
    customFields: redactSecretValues(wireStringMap(wire.customFields)),
    audit: toGravitinoAudit(wire.audit as JobTemplateDTO['audit']),
  };
  switch (providerJobType.toLowerCase()) {
    case 'shell':
      return { ...common, jobType: 'SHELL', scripts: wireStrings(wire.scripts) };
    case 'spark':
      return {
        ...common,
        jobType: 'SPARK',
        className: wireText(wire.className),
        jars: wireStrings(wire.jars),
        files: wireStrings(wire.files),
        archives: wireStrings(wire.archives),
        configs: redactSecretValues(wireStringMap(wire.configs)),
      };
    default:
      return { ...common, jobType: 'UNKNOWN' };
  }
}
