import type { EmulatorRoute } from '../shared/emulator-types';
import { noSuchJobTemplate, noSuchMetalake } from './exception.gateway';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { JobTemplateResponse } from './gravitino.wire';

/** getJobTemplate: `GET /api/metalakes/{metalake}/jobs/templates/{name}`. */
export function getJobTemplateRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset, errors } = context;
  return {
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
  };
}
