import { graphql, useFragment } from 'react-relay';
import type { PodTimeline_pods$data, PodTimeline_pods$key } from '../__generated__/PodTimeline_pods.graphql';
import { formatTime } from '../common/format';

// About the width it is drawn at, so the labels keep the page's text size.
const WIDTH = 1100;
const ROW = 26;
const LABEL = 180;

type Attempt = PodTimeline_pods$data[number]['history'][number];

function ms(iso: string | null | undefined): number | undefined {
  return iso ? Date.parse(iso) : undefined;
}

function byCreation(a: Attempt, b: Attempt): number {
  return (ms(a.gmtCreateTime) ?? 0) - (ms(b.gmtCreateTime) ?? 0);
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
        jobId
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
  // Pod ids repeat the job id; the part after it (master-0, worker-1) is what tells them apart.
  const short = (podId: string, jobId: string) =>
    podId.startsWith(`${jobId}-`) ? podId.slice(jobId.length + 1) : podId;
  const rows = data.flatMap((pod) => [
    { key: pod.id, label: short(pod.podId, pod.jobId), attempt: pod as Attempt, current: true },
    // Numbered by creation time rather than by list position: no order of HistoryPods is relied on.
    ...[...pod.history].sort(byCreation).map((earlier, index) => ({
      key: earlier.id,
      label: `↳ attempt ${index + 1}`,
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
