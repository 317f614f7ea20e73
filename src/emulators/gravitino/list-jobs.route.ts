import type { EmulatorRoute } from '../shared/emulator-types';
import { illegalEmptyName, noSuchJobTemplate, noSuchMetalake } from './exception.gateway';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { JobListResponse } from './gravitino.wire';
import { selectJobs } from './list-jobs.filter';
import { parseJobRunFilter } from './list-jobs.query';

/**
 * listJobs: `GET /api/metalakes/{metalake}/jobs/runs`. main reads the time filters and the sort
 * and adds statusCounts. v1.3.0's JobOperations.listJobs reads `jobTemplateName` alone: the other
 * parameters are unknown to it, ignored like any unknown parameter (even malformed), and the list
 * comes in the store's scan order, as its SELECT has no ORDER BY.
 */
export function listJobsRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset, errors } = context;
  return {
    method: 'GET',
    pattern: '/api/metalakes/:metalake/jobs/runs',
    operation: 'listJobs',
    handle: (request, { metalake = '' }) => {
      // Arguments are checked before the metalake, as main's JobOperations parses them before dispatching.
      const parsed = dataset.version === 'main' ? parseJobRunFilter(request.query) : undefined;
      if (parsed && 'exception' in parsed) throw errors.job('LIST', '', metalake, parsed.exception);
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
      const body: JobListResponse = parsed
        ? { code: 0, ...selectJobs(index, parsed.filter) }
        : { code: 0, jobs: index.scanOrder() };
      return ok(body);
    },
  };
}
