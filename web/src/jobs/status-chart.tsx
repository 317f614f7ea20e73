import { graphql, useFragment } from 'react-relay';
import type { StatusChart_jobs$key } from '../__generated__/StatusChart_jobs.graphql';
import { providerLabel } from '../common/format';
import { PROVIDERS, STATUSES } from './jobs-url-filter';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 170;
const WIDTH = 640;

/** Stacked bars, one per provider: how many of the loaded jobs are in each normalized status. */
export function StatusChart({ jobs }: { jobs: StatusChart_jobs$key }) {
  const data = useFragment(
    graphql`
      fragment StatusChart_jobs on Job @relay(plural: true) {
        provider
        status
      }
    `,
    jobs,
  );
  const counts = new Map<string, Map<string, number>>();
  for (const job of data) {
    const byStatus = counts.get(job.provider) ?? new Map<string, number>();
    byStatus.set(job.status, (byStatus.get(job.status) ?? 0) + 1);
    counts.set(job.provider, byStatus);
  }
  const totals = PROVIDERS.map((provider) =>
    [...(counts.get(provider)?.values() ?? [])].reduce((sum, count) => sum + count, 0),
  );
  const scale = (WIDTH - LABEL_WIDTH - 40) / Math.max(1, ...totals);
  return (
    <figure className="chart">
      <figcaption>Status by provider, {data.length} loaded jobs</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${PROVIDERS.length * (BAR_HEIGHT + 8)}`}
        role="img"
        aria-label="Status counts by provider"
      >
        {PROVIDERS.map((provider, row) => {
          let x = LABEL_WIDTH;
          const y = row * (BAR_HEIGHT + 8);
          return (
            <g key={provider} data-provider={provider}>
              <text x={0} y={y + BAR_HEIGHT * 0.7} className="chart-label">
                {providerLabel(provider)}
              </text>
              {STATUSES.map((status) => {
                const count = counts.get(provider)?.get(status) ?? 0;
                if (count === 0) return null;
                const width = count * scale;
                const bar = (
                  <rect
                    key={status}
                    x={x}
                    y={y}
                    width={width}
                    height={BAR_HEIGHT}
                    className={`fill-${status.toLowerCase()}`}
                  >
                    <title>{`${providerLabel(provider)} ${status}: ${count}`}</title>
                  </rect>
                );
                x += width;
                return bar;
              })}
              <text x={x + 6} y={y + BAR_HEIGHT * 0.7} className="chart-value">
                {totals[row]}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`swatch fill-${status.toLowerCase()}`} /> {status}
          </li>
        ))}
      </ul>
    </figure>
  );
}
