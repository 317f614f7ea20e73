import { graphql, useFragment } from 'react-relay';
import type { DurationChart_jobs$key } from '../__generated__/DurationChart_jobs.graphql';
import { formatDuration, providerLabel } from '../common/format';

const WIDTH = 640;
const HEIGHT = 120;
const MIN_SLOTS = 50;

/**
 * One bar per loaded job that reports a run time (`durationMs`), newest on the left; EMR runs never
 * report one (see Job.durationMs), so they are counted but not drawn.
 */
export function DurationChart({ jobs }: { jobs: DurationChart_jobs$key }) {
  const data = useFragment(
    graphql`
      fragment DurationChart_jobs on Job @relay(plural: true) {
        id
        name
        provider
        status
        durationMs
      }
    `,
    jobs,
  );
  const timed = data.filter((job) => job.durationMs !== null && job.durationMs !== undefined);
  const longest = Math.max(1, ...timed.map((job) => job.durationMs ?? 0));
  // At least MIN_SLOTS slots, so a handful of jobs does not draw as a few wide blocks.
  const step = WIDTH / Math.max(timed.length, MIN_SLOTS);
  return (
    <figure className="chart">
      <figcaption>
        {timed.length === 0
          ? `None of the ${data.length} loaded jobs reports a run time yet`
          : `Run time of ${timed.length} of ${data.length} loaded jobs (longest ${formatDuration(longest)})`}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Durations of the loaded jobs">
        {timed.map((job, index) => {
          const height = Math.max(1, ((job.durationMs ?? 0) / longest) * (HEIGHT - 4));
          return (
            <rect
              key={job.id}
              x={index * step}
              y={HEIGHT - height}
              width={Math.max(1, step - 1)}
              height={height}
              className={`fill-${job.status.toLowerCase()}`}
            >
              <title>{`${job.name ?? job.id} (${providerLabel(job.provider)}): ${formatDuration(job.durationMs)}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}
