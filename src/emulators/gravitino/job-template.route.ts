import type { EmulatorRoute } from '../shared/emulator-types';
import { ok, type GravitinoContext } from './gravitino-context';
import { noSuchJobTemplate, noSuchMetalake } from './gravitino-exceptions';
import type { JobTemplateListResponse, JobTemplateResponse, NameListResponse } from './gravitino.wire';

/** `@QueryParam boolean` binding: `Boolean.valueOf`, so only a case-insensitive "true" is true; never a 400. */
function javaBoolean(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() === 'true';
}

/** listJobTemplates (names, or full templates with `details=true`) and getJobTemplate. */
export function jobTemplateRoutes(context: GravitinoContext): EmulatorRoute[] {
  const { dataset, errors } = context;
  return [
    {
      method: 'GET',
      pattern: '/api/metalakes/:metalake/jobs/templates',
      operation: 'listJobTemplates',
      handle: (request, { metalake = '' }) => {
        const lake = dataset.metalakesByName.get(metalake);
        if (!lake) throw errors.jobTemplate('LIST', '', metalake, noSuchMetalake(metalake));
        if (javaBoolean(request.query.details)) {
          const body: JobTemplateListResponse = { code: 0, jobTemplates: lake.templates };
          return ok(body);
        }
        const body: NameListResponse = { code: 0, names: lake.templates.map((template) => template.name) };
        return ok(body);
      },
    },
    {
      method: 'GET',
      pattern: '/api/metalakes/:metalake/jobs/templates/:jobTemplate',
      operation: 'getJobTemplate',
      handle: (_request, { metalake = '', jobTemplate = '' }) => {
        const lake = dataset.metalakesByName.get(metalake);
        if (!lake) throw errors.jobTemplate('GET', jobTemplate, metalake, noSuchMetalake(metalake));
        const template = lake.templatesByName.get(jobTemplate);
        if (!template)
          throw errors.jobTemplate('GET', jobTemplate, metalake, noSuchJobTemplate(jobTemplate, metalake));
        const body: JobTemplateResponse = { code: 0, jobTemplate: template };
        return ok(body);
      },
    },
  ];
}
