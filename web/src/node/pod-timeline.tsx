import { graphql, useFragment } from 'react-relay';
import type { PodTimeline_pods$data, PodTimeline_pods$key } from '../__generated__/PodTimeline_pods.graphql';
import { formatTime } from '../common/format';

const WIDTH = 720;
const ROW = 26;
const LABEL = 200;

type Attempt = PodTimeline_pods$data[number]['history'][number];

function ms(iso: string | null | undefined): number | undefined {
  return iso ? Date.parse(iso) : undefined;
}

/**
 * Each pod of a PAI job, and each earlier attempt of it (`Pod.history`), on one time axis: grey
 * while created but not started, coloured while running; a pod still running reaches the axis's end.
 */
export function PodTimeline({ pods }: { pods: PodTimeline_pods$key }) {
  const data = useFragment(
    graphql`
      fragment PodTimeline_pods on Pod @relay(plural: true) {
        id
        podId
        type
        status
        nodeName
        gmtCreateTime
        gmtStartTime
        gmtFinishTime
        history {
          id
          podId
          status
          gmtCreateTime
          gmtStartTime
          gmtFinishTime
        }
      }
    `,
    pods,
  );
  const rows = data.flatMap((pod) => [
    { key: pod.id, label: `${pod.type ?? 'pod'} ${pod.podId}`, attempt: pod as Attempt, current: true },
    ...pod.history.map((earlier) => ({
      key: earlier.id,
      label: `↳ earlier ${earlier.podId}`,
      attempt: earlier,
      current: false,
    })),
  ]);
  const times = rows.flatMap(({ attempt }) =>
    [attempt.gmtCreateTime, attempt.gmtStartTime, attempt.gmtFinishTime].flatMap((t) => ms(t) ?? []),
  );
  if (rows.length === 0) return <p className="empty">This job has no pods.</p>;
  if (times.length === 0) return <p className="empty">No pod reports a time yet.</p>;
  const start = Math.min(...times);
  const end = Math.max(...times, start + 1);
  const x = (t: number) => LABEL + ((t - start) / (end - start)) * (WIDTH - LABEL - 10);
  return (
    <figure className="chart timeline">
      <figcaption>
        Pods from {formatTime(new Date(start).toISOString())} to {formatTime(new Date(end).toISOString())}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} role="img" aria-label="Pod timeline">
        {rows.map(({ key, label, attempt, current }, index) => {
          const created = ms(attempt.gmtCreateTime) ?? ms(attempt.gmtStartTime) ?? start;
          const started = ms(attempt.gmtStartTime);
          const finished = ms(attempt.gmtFinishTime) ?? end;
          const y = index * ROW + 4;
          const state = (attempt.status ?? 'unknown').toLowerCase();
          return (
            <g key={key} data-pod-id={attempt.podId} className={current ? 'pod' : 'pod earlier'}>
              <text x={0} y={y + 13} className="chart-label">
                {label}
              </text>
              <rect
                x={x(created)}
                y={y}
                width={Math.max(1, x(started ?? finished) - x(created))}
                height={16}
                className="fill-pending"
              >
                <title>{`${attempt.podId} waiting from ${formatTime(attempt.gmtCreateTime)}`}</title>
              </rect>
              {started !== undefined && (
                <rect
                  x={x(started)}
                  y={y}
                  width={Math.max(1, x(finished) - x(started))}
                  height={16}
                  className={`fill-pod-${state}`}
                >
                  <title>{`${attempt.podId} ${attempt.status ?? ''}: ${formatTime(attempt.gmtStartTime)} → ${formatTime(attempt.gmtFinishTime)}`}</title>
                </rect>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
