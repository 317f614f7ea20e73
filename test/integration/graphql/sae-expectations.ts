import { toGlobalId } from '../../../src/domain/global-id';
import type { SaeJobExecution, SaeJobTemplate } from '../../../src/domain/sae-job';

const STATE_NAMES: Readonly<Record<string, string>> = {
  '0': 'NOT_EXECUTED',
  '1': 'SUCCEEDED',
  '2': 'FAILED',
  '3': 'EXECUTING',
};

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const stateName = (raw: string | null): string | null => (raw === null ? null : (STATE_NAMES[raw] ?? null));

/** What the SaeTemplateFields fragment must answer for a domain template read from instance `region`. */
export function expectedTemplate(template: SaeJobTemplate, region: string): Record<string, unknown> {
  const { trigger } = template;
  return {
    id: toGlobalId('SaeJobTemplate', template.instanceId, [template.appId]),
    appId: template.appId,
    appName: template.appName,
    appDescription: template.appDescription,
    namespaceId: template.namespaceId,
    regionId: template.regionId,
    region,
    instance: template.instanceId,
    tags: template.tags.map(({ key, value }) => ({ key, value })),
    trigger:
      trigger === null
        ? null
        : trigger.type === 'time'
          ? { __typename: 'SaeCronTrigger', cron: trigger.cron, timezone: trigger.timezone }
          : {
              __typename: 'SaeHttpTrigger',
              protocol: trigger.protocol,
              methods: trigger.methods,
              ips: trigger.ip,
              referers: trigger.referer,
              securityConfig: trigger.securityConfig,
            },
    triggerConfig: template.triggerConfig,
    suspended: template.suspend,
    active: template.active,
    succeeded: template.succeeded,
    failed: template.failed,
    lastStartTime: iso(template.lastStartTime),
    completionTime: iso(template.completionTime),
    lastChangeorderState: template.lastChangeorderState,
    lastChangeorderSucceeded: template.lastChangeorderSucceeded,
    lastJobState: stateName(template.lastJobState),
    lastJobStatus: template.lastJobStatus,
    cpu: template.cpu,
    mem: template.mem,
    message: template.message,
    imageUrl: template.imageUrl,
  };
}

/** What the SaeExecutionFields fragment must answer for a domain execution read from instance `region`. */
export function expectedExecution(execution: SaeJobExecution, region: string): Record<string, unknown> {
  return {
    id: toGlobalId('SaeJobExecution', execution.instanceId, [execution.appId, execution.jobId]),
    provider: 'SAE',
    name: execution.name,
    status: execution.status,
    providerStatus: execution.providerStatus,
    createdAt: iso(execution.createdAt),
    startedAt: iso(execution.startedAt),
    finishedAt: iso(execution.finishedAt),
    durationMs: execution.durationMs,
    jobId: execution.jobId,
    appId: execution.appId,
    appName: execution.appName,
    state: stateName(execution.state),
    active: execution.active,
    succeeded: execution.succeeded,
    failed: execution.failed,
    message: execution.message,
    instance: execution.instanceId,
    region,
  };
}
