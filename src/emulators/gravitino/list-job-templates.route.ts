import type { EmulatorRoute } from '../shared/emulator-types';
import { noSuchMetalake } from './exception.gateway';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { JobTemplateListResponse, NameListResponse } from './gravitino.wire';

/** `@QueryParam boolean` binding: `Boolean.valueOf`, so only a case-insensitive "true" is true; never a 400. */
function javaBoolean(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() === 'true';
}

/** listJobTemplates: the names, or the full templates with `details=true`. */
export function listJobTemplatesRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset, errors } = context;
  return {
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
  };
}
