import type { EmulatorRoute } from '../shared/emulator-types';
import { ok, type GravitinoContext } from './gravitino-context';
import { illegalEmptyName, noSuchJob, noSuchJobTemplate, noSuchMetalake } from './gravitino-exceptions';
import { parseJobRunFilter, selectJobs } from './job-run.query';
import type { JobListResponse, JobResponse } from './gravitino.wire';

/** listJobs (main: time filters, sort, statusCounts) and getJob. */
export function jobRunRoutes(context: GravitinoContext): EmulatorRoute[] {
  const { dataset, errors } = context;
  return [
    {
      method: 'GET',
      pattern: '/api/metalakes/:metalake/jobs/runs',
      operation: 'listJobs',
      handle: (request, { metalake = '' }) => {
        // Arguments are checked before the metalake, as JobOperations parses them before dispatching.
        const parsed = parseJobRunFilter(request.query);
        if ('exception' in parsed) throw errors.job('LIST', '', metalake, parsed.exception);
        const lake = dataset.metalakesByName.get(metalake);
        if (!lake) throw errors.job('LIST', '', metalake, noSuchMetalake(metalake));
        const templateName = request.query.jobTemplateName;
        let index = lake.jobs;
        if (templateName !== undefined) {
          // Jersey passes `jobTemplateName=` as "", which fails NameIdentifier's non-empty check.
          if (templateName === '') throw errors.job('LIST', '', metalake, illegalEmptyName());
          const ofTemplate = lake.jobsOfTemplate(templateName);
          if (!ofTemplate) throw errors.job('LIST', '', metalake, noSuchJobTemplate(templateName, metalake));
          index = ofTemplate;
        }
        const { jobs, statusCounts } = selectJobs(index, parsed.filter);
        const body: JobListResponse = { code: 0, jobs, statusCounts };
        return ok(body);
      },
    },
    {
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
    },
  ];
}
