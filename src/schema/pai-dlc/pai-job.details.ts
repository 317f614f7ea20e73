import type { PaiDataSource, PaiJob, Pod } from '../../domain/pai-job';
import type { GatewayContext } from '../gateway-context';

/** Where a GetJob-only value is looked up: the job's instance and JobId. */
interface JobRef {
  readonly instanceId: string;
  readonly jobId: string;
}

/**
 * The job as GetJob reports it, for fields ListJobs leaves out. One GetJob per job and request,
 * made only because the client selected such a field, and shared by every such field of the job
 * (and of its pods and data sources). Null when PAI no longer knows the job.
 */
export function jobDetail(context: GatewayContext, ref: JobRef): Promise<PaiJob | null> {
  return context.loaders.paiDlc.jobDetails.load({ instanceId: ref.instanceId, jobId: ref.jobId });
}

/** The same incarnation of a pod in GetJob's answer: same PodId and PodUid, current or in history. */
export function detailPod(detail: PaiJob | null, pod: Pick<Pod, 'podId' | 'podUid'>): Pod | null {
  const same = (other: Pod) => other.podId === pod.podId && other.podUid === pod.podUid;
  for (const current of detail?.pods ?? []) {
    if (same(current)) return current;
    const old = current.history.find(same);
    if (old) return old;
  }
  return null;
}

/** The same data source in GetJob's answer: same id and mount path. */
export function detailDataSource(
  detail: PaiJob | null,
  source: Pick<PaiDataSource, 'dataSourceId' | 'mountPath'>,
): PaiDataSource | null {
  return (
    detail?.dataSources.find(
      (other) => other.dataSourceId === source.dataSourceId && other.mountPath === source.mountPath,
    ) ?? null
  );
}
