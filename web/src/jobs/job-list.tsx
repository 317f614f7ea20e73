import { useEffect, useRef } from 'react';
import { graphql, usePaginationFragment } from 'react-relay';
import type { JobList_query$key } from '../__generated__/JobList_query.graphql';
import type { JobListPaginationQuery } from '../__generated__/JobListPaginationQuery.graphql';
import { DurationChart } from './duration-chart';
import { JobRow, JobTableHead } from './job-row';
import { SourceHealth } from './source-health';
import { StatusChart } from './status-chart';

const PAGE_SIZE = 25;

/**
 * The merged `jobs` connection, newest first: the health of each source, the two charts over the
 * loaded jobs, and the table, which loads the next page when its end scrolls into view.
 */
export function JobList({ query }: { query: JobList_query$key }) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    JobListPaginationQuery,
    JobList_query$key
  >(
    graphql`
      fragment JobList_query on Query
      @refetchable(queryName: "JobListPaginationQuery")
      @argumentDefinitions(
        filter: { type: "JobFilter" }
        first: { type: "Int", defaultValue: 25 }
        after: { type: "String" }
      ) {
        jobs(filter: $filter, first: $first, after: $after)
          @connection(key: "JobList_jobs", filters: ["filter"]) {
          sources {
            ...SourceHealth_sources
          }
          edges {
            node {
              id
              ...JobRow_job
              ...StatusChart_jobs
              ...DurationChart_jobs
            }
          }
        }
      }
    `,
    query,
  );
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = end.current;
    if (!target || !hasNext) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isLoadingNext) loadNext(PAGE_SIZE);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNext, isLoadingNext, loadNext]);

  if (!data.jobs) {
    return (
      <p className="error" role="alert">
        No provider could be read for this list. The API's errors are in the response of /graphql.
      </p>
    );
  }
  const jobs = data.jobs.edges.flatMap((edge) => (edge.node ? [edge.node] : []));
  // An edge whose job failed to resolve (a field it must have errored) is null: said, not hidden.
  const unreadable = data.jobs.edges.length - jobs.length;
  return (
    <>
      <SourceHealth sources={data.jobs.sources} />
      <div className="charts">
        <StatusChart jobs={jobs} />
        <DurationChart jobs={jobs} />
      </div>
      <table className="jobs">
        <JobTableHead />
        <tbody>
          {jobs.map((job) => (
            <JobRow key={job.id} job={job} />
          ))}
        </tbody>
      </table>
      {unreadable > 0 && (
        <p className="error" role="alert">
          {unreadable} listed {unreadable === 1 ? 'job' : 'jobs'} could not be read; the API&apos;s errors say
          why.
        </p>
      )}
      {jobs.length === 0 && unreadable === 0 && <p className="empty">No job matches these filters.</p>}
      <div ref={end} className="list-end" data-has-next={hasNext} data-loading={isLoadingNext}>
        {isLoadingNext ? 'Loading more…' : hasNext ? '' : jobs.length > 0 ? 'End of the list.' : ''}
      </div>
    </>
  );
}
