import type { GravitinoJobTemplate } from '../../domain/gravitino-job-template';
import { toGravitinoAudit } from './gravitino-audit.mapper';
import type { JobTemplateDTO } from './gravitino.dto';
import type { GravitinoScope } from './gravitino.mapper';
import { wireStringMap, wireStrings, wireText } from './gravitino-wire-values';
import { redactSecretValues } from '../../domain/redact-secret-values';

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
