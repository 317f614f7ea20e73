import type { EmulatorRoute } from '../shared/emulator-types';
import { noSuchJob, noSuchMetalake } from './exception.gateway';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { JobResponse } from './gravitino.wire';

/** getJob: `GET /api/metalakes/{metalake}/jobs/runs/{jobId}`. */
export function getJobRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset, errors } = context;
  return {
    method: 'GET',
    pattern: '/api/metalakes/:metalake/jobs/runs/:jobId',
    operation: 'getJob',
    handle: (_request, { metalake = '', jobId = '' }) => {
      const lake = dataset.metalakesByName.get(metalake);
      if (!lake) throw errors.job('GET', jobId, metalake, noSuchMetalake(metalake));
      const row = lake.jobsById.get(jobId);
      if (!row) throw errors.job('GET', jobId, metalake, noSuchJob(jobId, metalake));
      const body: JobResponse = { code: 0, job: row.dto };
      return ok(body);
    },
  };
}
