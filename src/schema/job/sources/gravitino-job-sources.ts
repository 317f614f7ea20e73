import { compareNewestFirst, isAfter } from '../../../pagination/merge-order';
import type { MergeSource } from '../../../pagination/merge';
import { toGravitinoJobNode } from '../../gravitino/gravitino-nodes';
import { inScope, instanceSources, type JobMergeItem, type JobSourceFactory } from '../job-merge-source';
import { matchesJobFilter } from '../job-query-filter';

/**
 * One source per configured metalake. Gravitino answers with the whole list, so the list is read
 * once per request (the loader dedupes it) and every later fetch of the page only slices it;
 * createdAfter is pushed down as queuedAfter, and the server sorts by queuedAt itself.
 */
export const gravitinoJobSources: JobSourceFactory = async (context, filter) =>
  Promise.all(
    context.providers.gravitino
      .filter(() => inScope(filter, 'GRAVITINO', null))
      .map((instance) =>
        instanceSources('GRAVITINO', instance.id, async () =>
          instance.metalakes.map((metalake): MergeSource<object> => {
            // The whole list, matched, turned into nodes and sorted once per page; later reads only slice it.
            let sorted: Promise<JobMergeItem[]> | undefined;
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
                    .map((job) => {
                      const node = toGravitinoJobNode(job);
                      return { t: job.createdAt, k: node.id, node };
                    })
                    .sort(compareNewestFirst),
                ));
            return {
              key: `gravitino:${instance.id}:${metalake}`,
              newestPossible: null,
              async fetch(after, limit) {
                const rest = (await items()).filter((item) => isAfter(item, after));
                return { items: rest.slice(0, limit), more: rest.length > limit };
              },
            };
          }),
        ),
      ),
  );
