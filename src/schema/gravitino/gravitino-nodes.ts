import type { GravitinoJob } from '../../domain/gravitino-job';
import type { GravitinoJobTemplate } from '../../domain/gravitino-job-template';
import type { GravitinoMetalake } from '../../domain/gravitino-metalake';
import { asNode, type AsNode } from '../node/as-node';

/** What the GravitinoJob type reads: the domain job, served as is. */
export type GravitinoJobNode = AsNode<GravitinoJob>;

/** What the GravitinoMetalake type reads: the domain metalake, served as is. */
export type GravitinoMetalakeNode = AsNode<GravitinoMetalake>;

/** The concrete object type of each template kind (the interface itself cannot be a `__typename`). */
const TEMPLATE_TYPENAMES = {
  SHELL: 'GravitinoShellJobTemplate',
  SPARK: 'GravitinoSparkJobTemplate',
  UNKNOWN: 'GravitinoUnknownJobTemplate',
} as const;

/**
 * What the GravitinoJobTemplate types read: the domain template with a GravitinoJobTemplate global
 * id, and its concrete type as `__typename`.
 */
export type GravitinoJobTemplateNode = Omit<AsNode<GravitinoJobTemplate>, '__typename'> & {
  readonly __typename: (typeof TEMPLATE_TYPENAMES)[keyof typeof TEMPLATE_TYPENAMES];
};

/** A job as a Node (global id keys: metalake, jobId). */
export function gravitinoJobNode(job: GravitinoJob): GravitinoJobNode {
  return asNode('GravitinoJob', job.instanceId, [job.metalake, job.jobId], job);
}

/** A template as a node of its concrete type (global id type GravitinoJobTemplate, keys: metalake, name). */
export function gravitinoJobTemplateNode(template: GravitinoJobTemplate): GravitinoJobTemplateNode {
  const node = asNode(
    'GravitinoJobTemplate',
    template.instanceId,
    [template.metalake, template.name],
    template,
  );
  return { ...node, __typename: TEMPLATE_TYPENAMES[template.jobType] };
}

/** A metalake as a Node (global id keys: name). */
export function gravitinoMetalakeNode(metalake: GravitinoMetalake): GravitinoMetalakeNode {
  return asNode('GravitinoMetalake', metalake.instanceId, [metalake.name], metalake);
}
