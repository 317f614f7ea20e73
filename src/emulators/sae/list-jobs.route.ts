import type { EmulatorRoute } from '../shared/emulator-types';
import { saeSuccess } from './envelope.gateway';
import { readListJobsCriteria } from './list-jobs.query';
import { readPaging } from './page.query';
import { selectTemplates } from './list-jobs.filter';
import { readSaeParams } from './param-reader.query';
import type { SaeRouteContext } from './sae.context';
import { toJobTemplate } from './sae.materialize';
import type { ListJobsResponseBodyData, ListJobsResponseBodyDataApplications } from './sae.wire';

/** ListJobs accepts page sizes 0..200 (the doc's range). */
export const LIST_JOBS_MAX_PAGE_SIZE = 200;

/** `GET /pop/v1/sam/job/listJobs`: job templates, filtered, ordered and paged. */
export function listJobsRoute(context: SaeRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/pop/v1/sam/job/listJobs',
    operation: 'ListJobs',
    handle(request) {
      const params = readSaeParams(context.gateway, request);
      const criteria = readListJobsCriteria(params, context.fieldValue);
      const { currentPage, pageSize } = readPaging(params, LIST_JOBS_MAX_PAGE_SIZE);
      if (criteria.namespaceId !== undefined && !context.index.namespaceIds.has(criteria.namespaceId)) {
        throw context.gateway.fail(
          request,
          404,
          'InvalidNamespaceId.NotFound',
          'The specified NamespaceId does not exist.',
        );
      }
      const selected = selectTemplates(context.index, criteria, context.listMemo);
      const start = (currentPage - 1) * pageSize;
      const applications: ListJobsResponseBodyDataApplications[] = [];
      for (let i = start; i < Math.min(selected.length, start + pageSize); i++) {
        const row = context.index.dataset.templates[selected[i] ?? -1];
        if (row) applications.push(toJobTemplate(row));
      }
      const paging = { CurrentPage: currentPage, PageSize: pageSize, TotalSize: selected.length };
      const data: ListJobsResponseBodyData = { Applications: applications, ...paging };
      return saeSuccess(request, data, paging);
    },
  };
}
