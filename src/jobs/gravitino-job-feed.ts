import type { ConfiguredGravitino } from '../domain/configured-instance';
import { compareNewestFirst } from '../pagination/merge-order';
import { inScope, listInstance, type JobFeed, type JobList } from './job-feed';
import { matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsContext } from './jobs-context';
import { jobItem, type JobItem } from './listed-job';
import { sliceWholeList } from './whole-list';

/**
 * One metalake's jobs. Gravitino answers with the whole list, so the list is read once per request
 * (the loader dedupes it), matched and sorted once per page; every later fetch only slices it.
 * createdAfter is pushed down as queuedAfter and the list comes newest queued first (main sorts it,
 * and for 1.3.0, which ignores both, the provider does); matching and sorting here again keep the
 * merge exact whatever the server did.
 */
function metalakeList(
  context: JobsContext,
  filter: JobQueryFilter,
  instance: ConfiguredGravitino,
  metalake: string,
): JobList {
  let sorted: Promise<JobItem[]> | undefined;
  const items = () =>
    (sorted ??= context.loaders.gravitino.jobLists
      .load({
        instanceId: instance.id,
        metalake,
        filter: {
          sortBy: 'queuedAt',
          sortOrder: 'desc',
          ...(filter.createdAfter !== null ? { queuedAfter: filter.createdAfter } : {}),
        },
      })
      .then((list) =>
        list.jobs
          .filter((job) => matchesJobFilter(job, filter))
          .map(jobItem)
          .sort(compareNewestFirst),
      ));
  return {
    key: `gravitino:${instance.id}:${metalake}`,
    newestPossible: null,
    // The API answers the whole list; jobgraph sorts it.
    read: () => 'FULL_READ',
    async fetch(after, limit) {
      return sliceWholeList(await items(), after, limit);
    },
  };
}

/** Gravitino: one list per configured metalake of every server (a Gravitino server has no region). */
export const gravitinoJobFeed: JobFeed = {
  provider: 'GRAVITINO',
  instances: (context, filter) =>
    Promise.all(
      context.instances.gravitino
        .filter(() => inScope(filter, 'GRAVITINO', null))
        .map((instance) =>
          listInstance('GRAVITINO', instance.id, async () =>
            instance.metalakes.map((metalake) => metalakeList(context, filter, instance, metalake)),
          ),
        ),
    ),
};
