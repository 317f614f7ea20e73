import type { GravitinoJob as DomainJob } from '../../domain/gravitino-job';
import type { JobStatus } from '../../domain/job-status';
import type { GravitinoMetalakeScope } from '../../loaders/gravitino-scope';
import { mapPage } from '../../pagination/connection';
import { checkCursor, toPageRequest, type ConnectionArgs } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceList } from '../../pagination/list-slicer';
import type { GravitinoJobFilter as ProviderJobFilter } from '../../domain/gravitino-job-filter';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { GravitinoJobFilter, GravitinoJobRunFilter } from './gravitino-job.args';
import type { GravitinoJobOrder } from './gravitino-job-order.input';
import type { GravitinoJobStatusCount } from './gravitino-job-status-count.type';
import { gravitinoJobNode, type GravitinoJobNode } from './gravitino-nodes';

/** What a GravitinoJobConnection field returns. */
export interface GravitinoJobConnectionResult extends ConnectionResult<GravitinoJobNode> {
  readonly statusCounts: readonly GravitinoJobStatusCount[];
  readonly statusCountsSource: string;
}

/** The arguments of any Gravitino job connection. */
export interface GravitinoJobListArgs extends ConnectionArgs {
  readonly filter?: (GravitinoJobRunFilter & Partial<Pick<GravitinoJobFilter, 'jobTemplateName'>>) | null;
  readonly orderBy?: GravitinoJobOrder | null;
}

const millis = (date: Date | null | undefined): number | undefined =>
  date == null ? undefined : date.getTime();

/** The GraphQL filter and order as listJobs' typed filter (undefined members are not sent). */
function toProviderFilter(args: GravitinoJobListArgs): ProviderJobFilter {
  const template = args.filter?.jobTemplateName ?? undefined;
  return {
    ...(template !== undefined ? { jobTemplateName: template } : {}),
    queuedAfter: millis(args.filter?.queuedAfter),
    startedAfter: millis(args.filter?.startedAfter),
    finishedAfter: millis(args.filter?.finishedAfter),
    sortBy: args.orderBy?.field ?? undefined,
    sortOrder: args.orderBy?.direction ?? undefined,
  };
}

/**
 * A page of a metalake's jobs: ONE listJobs call per distinct (metalake, upstream filter) in the
 * request, statuses filtered here (Gravitino cannot), then sliced both ways by jobId. `connection`
 * names the field for cursor binding; `jobTemplateName` pins the template (GravitinoJobTemplate.jobs),
 * whose lists of one metalake are batched into one call.
 */
export async function loadGravitinoJobConnection(
  context: GatewayContext,
  scope: GravitinoMetalakeScope,
  connection: string,
  args: GravitinoJobListArgs,
  jobTemplateName?: string,
): Promise<GravitinoJobConnectionResult> {
  const request = toPageRequest(args);
  const filter = toProviderFilter(args);
  const statuses =
    args.filter?.statuses == null ? null : [...new Set<JobStatus>(args.filter.statuses)].sort();
  const binding = cursorBinding([
    connection,
    scope.instanceId,
    scope.metalake,
    jobTemplateName ?? null,
    filter,
    statuses,
  ]);
  checkCursor(context.cursors, request, binding);
  const { gravitino } = context.loaders;
  const list = await (jobTemplateName === undefined
    ? gravitino.jobLists.load({ ...scope, filter })
    : gravitino.templateJobLists.load({ ...scope, filter, jobTemplateName }));
  const wanted = statuses && new Set<JobStatus>(statuses);
  const jobs = wanted ? list.jobs.filter((job) => wanted.has(job.status)) : list.jobs;
  const page = sliceList(jobs, (job: DomainJob) => job.jobId, request, context.cursors, binding);
  return {
    ...toConnectionResult(mapPage(page, gravitinoJobNode)),
    statusCounts: list.statusCounts,
    statusCountsSource: list.statusCountsSource,
  };
}
