import type { GatewayError } from '../../errors/gateway-error';
import type { InstanceReport } from '../../jobs/instance-report';
import type { JobQueryFilter } from '../../jobs/job-query-filter';
import type { JobsContext } from '../../jobs/jobs-context';
import { listJobsPage } from '../../jobs/jobs-page';
import { connectionOf } from '../../pagination/connection';
import { toPageRequest } from '../../pagination/connection-args';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { JobsArgs } from './job.args';
import { toJobNode } from './job-node';
import type { JobSource } from './job-source.type';

/** What the JobConnection type reads. */
export type JobConnectionResult = ConnectionResult<object> & { readonly sources: readonly JobSource[] };

/** What the jobs layer needs of the GraphQL context: the one place that knows both. */
function jobsContext(context: GatewayContext): JobsContext {
  return {
    tenant: context.tenant,
    loaders: context.loaders,
    instances: context.instances,
    cursors: context.cursors,
    requestSignal: context.scope.signal,
    settings: context.jobs,
  };
}

/** An instance's report as its `sources` entry (the GraphQL names are a schema contract). */
function toJobSource(report: InstanceReport): JobSource {
  return {
    provider: report.provider,
    instance: report.instance,
    status: report.status,
    sourceCount: report.listCount,
    sourcesRead: report.listsRead,
    read: report.read,
    error: report.error && { code: report.error.code, message: report.error.message },
  };
}

/**
 * One page of `Query.jobs`: validates the paging arguments, lists the page in `jobs/`, and serves
 * it as a connection. Instances that did not fully answer are reported through `reportError`
 * (their typed errors) while the page still resolves.
 */
export async function loadJobConnection(
  context: GatewayContext,
  args: JobsArgs,
  filter: JobQueryFilter,
  reportError: (error: GatewayError) => void,
): Promise<JobConnectionResult> {
  const request = toPageRequest(args, { backward: false });
  if (request.direction !== 'forward') throw new Error('unreachable: jobs pages forward only');
  const page = await listJobsPage(jobsContext(context), { size: request.size, after: request.after }, filter);
  page.instances.forEach((instance) => instance.error && reportError(instance.error));
  const edges = page.edges.map((edge) => ({
    node: toJobNode(edge.job),
    // Read through, not copied: a cursor made lazily by jobs/ stays unmade unless selected.
    get cursor() {
      return edge.cursor;
    },
  }));
  const connection = connectionOf(
    edges,
    { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
    null,
  );
  return { ...toConnectionResult(connection), sources: page.instances.map(toJobSource) };
}
