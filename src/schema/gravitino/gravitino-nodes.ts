import type { GravitinoAudit as DomainAudit } from '../../domain/gravitino-audit';
import type { GravitinoJob as DomainJob } from '../../domain/gravitino-job';
import type { GravitinoJobTemplate as DomainTemplate } from '../../domain/gravitino-job-template';
import type { GravitinoMetalake as DomainMetalake } from '../../domain/gravitino-metalake';
import type { EpochMillis } from '../../domain/instant';
import { asNode, type AsNode } from '../node/as-node';
import type { GravitinoAudit } from './gravitino-audit.type';
import type { GravitinoJob } from './gravitino-job.type';
import type { GravitinoMetalake } from './gravitino-metalake.type';
import type { GravitinoShellJobTemplate } from './gravitino-shell-job-template.type';
import type { GravitinoSparkJobTemplate } from './gravitino-spark-job-template.type';
import type { GravitinoUnknownJobTemplate } from './gravitino-unknown-job-template.type';

/** A job as the schema serves it; `instanceId` stays for field resolvers (`template`). */
export type GravitinoJobNode = AsNode<Omit<GravitinoJob, 'id'> & { readonly instanceId: string }>;

/** The concrete object type of each template kind (the interface itself cannot be a `__typename`). */
const TEMPLATE_TYPENAMES = {
  SHELL: 'GravitinoShellJobTemplate',
  SPARK: 'GravitinoSparkJobTemplate',
  UNKNOWN: 'GravitinoUnknownJobTemplate',
} as const;

type TemplateView =
  | Omit<GravitinoShellJobTemplate, 'id'>
  | Omit<GravitinoSparkJobTemplate, 'id'>
  | Omit<GravitinoUnknownJobTemplate, 'id'>;

/** A template as the schema serves it: the global id is a GravitinoJobTemplate id, `__typename` the concrete type. */
export type GravitinoJobTemplateNode = Omit<AsNode<TemplateView>, '__typename'> & {
  readonly __typename: (typeof TEMPLATE_TYPENAMES)[keyof typeof TEMPLATE_TYPENAMES];
  readonly instanceId: string;
};

/** A metalake as the schema serves it (global id keys: name); `instanceId` stays for its job lists. */
export type GravitinoMetalakeView = AsNode<Omit<GravitinoMetalake, 'id'> & { readonly instanceId: string }>;

const toDate = (value: EpochMillis | null): Date | null => (value === null ? null : new Date(value));

function toAudit(audit: DomainAudit): GravitinoAudit {
  return {
    creator: audit.creator,
    createTime: toDate(audit.createTime),
    lastModifier: audit.lastModifier,
    lastModifiedTime: toDate(audit.lastModifiedTime),
  };
}

/** A domain job as a GravitinoJob node (global id keys: metalake, jobId). */
export function toGravitinoJobNode(job: DomainJob): GravitinoJobNode {
  return asNode('GravitinoJob', job.instanceId, [job.metalake, job.jobId], {
    jobId: job.jobId,
    provider: job.provider,
    name: job.name,
    status: job.status,
    providerStatus: job.providerStatus,
    createdAt: toDate(job.createdAt),
    startedAt: toDate(job.startedAt),
    finishedAt: toDate(job.finishedAt),
    durationMs: job.durationMs,
    creator: job.audit.creator,
    jobTemplateName: job.jobTemplateName,
    metalake: job.metalake,
    queuedAt: toDate(job.queuedAt),
    audit: toAudit(job.audit),
    instance: job.instanceId,
    instanceId: job.instanceId,
  });
}

function templateView(template: DomainTemplate): TemplateView & { readonly instanceId: string } {
  const common = {
    name: template.name,
    jobType: template.jobType,
    providerJobType: template.providerJobType,
    comment: template.comment,
    executable: template.executable,
    arguments: [...template.arguments],
    environments: { ...template.environments },
    customFields: { ...template.customFields },
    audit: toAudit(template.audit),
    metalake: template.metalake,
    instance: template.instanceId,
    instanceId: template.instanceId,
  };
  switch (template.jobType) {
    case 'SHELL':
      return { ...common, scripts: [...template.scripts] };
    case 'SPARK':
      return {
        ...common,
        className: template.className,
        jars: [...template.jars],
        files: [...template.files],
        archives: [...template.archives],
        configs: { ...template.configs },
      };
    case 'UNKNOWN':
      return common;
  }
}

/** A domain template as a node of its concrete type (global id type GravitinoJobTemplate, keys: metalake, name). */
export function toGravitinoJobTemplateNode(template: DomainTemplate): GravitinoJobTemplateNode {
  const node = asNode(
    'GravitinoJobTemplate',
    template.instanceId,
    [template.metalake, template.name],
    templateView(template),
  );
  return { ...node, __typename: TEMPLATE_TYPENAMES[template.jobType] };
}

/** A domain metalake as a GravitinoMetalake node (global id keys: name). */
export function toGravitinoMetalakeView(metalake: DomainMetalake): GravitinoMetalakeView {
  return asNode('GravitinoMetalake', metalake.instanceId, [metalake.name], {
    name: metalake.name,
    comment: metalake.comment,
    properties: { ...metalake.properties },
    audit: toAudit(metalake.audit),
    instance: metalake.instanceId,
    instanceId: metalake.instanceId,
  });
}
