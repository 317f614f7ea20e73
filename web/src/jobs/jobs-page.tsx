import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay';
import type { JobFilter, JobsPageQuery } from '../__generated__/JobsPageQuery.graphql';
import { navigate } from '../routing/use-location';
import { JobFilterBar } from './job-filter-bar';
import { JobList } from './job-list';
import { jobsQueryFilter, jobsUrlSearch, readJobsUrlFilter, type JobsUrlFilter } from './jobs-url-filter';

/** The page's one query: the list's fragment, with the URL's filter. */
function JobsResults({ filter }: { filter: JobFilter }) {
  const data = useLazyLoadQuery<JobsPageQuery>(
    graphql`
      query JobsPageQuery($filter: JobFilter) {
        ...JobList_query @arguments(filter: $filter)
      }
    `,
    { filter },
  );
  return <JobList query={data} />;
}

/** `/` and `/jobs`: every provider's jobs, newest first, filtered as the URL says. */
export function JobsPage({ search }: { search: URLSearchParams }) {
  const filter = readJobsUrlFilter(search);
  // "Last 24 hours" counts back from when the page opened: a clock read on every render would
  // change the variables, and refetch, each time. A reload moves it to the present.
  const [openedAt] = useState(() => Date.now());
  const onChange = (next: JobsUrlFilter) => navigate(`/jobs${jobsUrlSearch(next)}`);
  return (
    <section>
      <h1>Jobs</h1>
      <JobFilterBar filter={filter} onChange={onChange} />
      <Suspense fallback={<p className="loading">Loading jobs…</p>}>
        <JobsResults filter={jobsQueryFilter(filter, openedAt)} />
      </Suspense>
    </section>
  );
}
