import { toGlobalId } from '../../../src/domain/global-id';
import type { PaiJob, Pod, StatusTransition } from '../../../src/domain/pai-job';
import { PaiJobsDocument, PaiJobsWithDetailsDocument, PaiNodeDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

type Data = Record<string, unknown>;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** What PaiPodFields selects, computed from the domain pod. */
function expectedPod(job: PaiJob, pod: Pod): Data {
  return {
    id: toGlobalId('Pod', job.instanceId, [job.jobId, pod.podId, pod.podUid ?? '']),
    instance: job.instanceId,
    region: 'cn-hangzhou',
    jobId: job.jobId,
    podId: pod.podId,
    podUid: pod.podUid,
    type: pod.type,
    podStatus: pod.status,
    subStatus: pod.subStatus,
    ip: pod.ip,
    podIp: pod.podIp,
    podIps: pod.podIps,
    nodeName: pod.nodeName,
    gmtCreateTime: iso(pod.gmtCreateTime),
    gmtStartTime: iso(pod.gmtStartTime),
    gmtFinishTime: iso(pod.gmtFinishTime),
    supportedProfilingTypes: pod.supportedProfilingTypes,
  };
}

/**
 * What PaiJobFields selects, computed from the domain job. Nested objects are compared whole: the
 * domain and GraphQL names match, so a domain field the schema (or the fragment) misses fails here.
 */
function expectedJob(job: PaiJob): Data {
  const { pods, statusHistory, dataSources, origin: _origin, instanceId: _instanceId, ...rest } = job;
  const times = [
    'createdAt',
    'startedAt',
    'finishedAt',
    'gmtCreateTime',
    'gmtSubmittedTime',
    'gmtRunningTime',
    'gmtSuccessedTime',
    'gmtFailedTime',
    'gmtStoppedTime',
    'gmtFinishTime',
    'gmtModifiedTime',
  ] as const;
  return {
    ...rest,
    ...Object.fromEntries(times.map((field) => [field, iso(job[field])])),
    id: toGlobalId('PaiJob', job.instanceId, [job.jobId]),
    paiStatus: job.providerStatus.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
    creator: job.username ?? job.userId,
    instance: job.instanceId,
    region: 'cn-hangzhou',
    statusHistory: statusHistory.map((step: StatusTransition) => ({
      ...step,
      startTime: iso(step.startTime),
      endTime: iso(step.endTime),
    })),
    dataSources: dataSources.map(({ dataSourceId, mountPath }) => ({ dataSourceId, mountPath })),
    pods: pods.map((pod) => ({
      ...expectedPod(job, pod),
      history: pod.history.map((old) => expectedPod(job, old)),
    })),
  };
}

describe('paiJobs and PAI-DLC nodes: every documented field, typed', () => {
  let gw: TestGateway;
  let restarting: PaiJob[];
  let details: (PaiJob | null)[];

  beforeAll(async () => {
    gw = await startTestGateway();
    const [instance] = gw.providers.paiDlc;
    if (!instance) throw new Error('demo mode has a PAI-DLC instance');
    restarting = (
      await instance.client.listJobs({ status: 'Restarting' }, { pageNumber: 1, pageSize: 3 })
    ).items.slice();
    details = await Promise.all(restarting.map((job) => instance.client.getJob(job.jobId)));
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('a page carries every ListJobs field of each job, its pods and their history, in one ListJobs', async () => {
    const result = await gw.run(PaiJobsDocument, { first: 3, filter: { providerStatuses: ['RESTARTING'] } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paiJobs?.edges.map((edge) => edge.node)).toEqual(restarting.map(expectedJob));
    expect(result.data?.paiJobs?.totalCount).toBeGreaterThan(3);
    expect(gw.calls('paiDlc').map((call) => call.operation)).toEqual(['ListJobs']);
  });

  it('GetJob-only fields (job, pods, data sources) come from one GetJob per job, only when selected', async () => {
    const result = await gw.run(PaiJobsWithDetailsDocument, {
      first: 3,
      filter: { providerStatuses: ['RESTARTING'] },
    });
    expect(result.errors).toBeUndefined();
    const expected = details.map((detail) => {
      if (!detail) throw new Error('GetJob knows every listed job');
      const pod = (p: Pod) => ({
        podId: p.podId,
        podUid: p.podUid,
        duration: p.duration,
        resourceType: p.resourceType,
      });
      return {
        id: toGlobalId('PaiJob', 'pai', [detail.jobId]),
        jobId: detail.jobId,
        description: detail.description,
        customEnvs: detail.customEnvs,
        restartRecord: detail.restartRecord?.map((record) => ({
          ...record,
          occurTime: iso(record.occurTime),
        })),
        roleSystemEnvs: detail.roleSystemEnvs,
        dataSources: detail.dataSources.map(({ dataSourceId, uri }) => ({ dataSourceId, uri })),
        pods: detail.pods.map((p) => ({ ...pod(p), history: p.history.map(pod) })),
      };
    });
    expect(result.data?.paiJobs?.nodes).toEqual(expected);
    expect(expected.some((job) => (job.restartRecord?.length ?? 0) > 0)).toBe(true);
    expect(expected.some((job) => job.pods.some((p) => p.duration !== null))).toBe(true);
    expect(
      gw
        .calls('paiDlc')
        .map((call) => call.operation)
        .sort(),
    ).toEqual(['GetJob', 'GetJob', 'GetJob', 'ListJobs']);
  });

  it('node(id) refetches a job with the same fields, and a pod with its GetJob-only fields and its job', async () => {
    const job = restarting.find((candidate) => candidate.pods.length > 0) as PaiJob;
    const jobNode = await gw.run(PaiNodeDocument, {
      id: toGlobalId('PaiJob', 'pai', [job.jobId]),
    });
    expect(jobNode.errors).toBeUndefined();
    expect(jobNode.data?.node).toEqual({ __typename: 'PaiJob', ...expectedJob(job) });

    const pod = job.pods[0] as Pod;
    const detail = details
      .find((candidate) => candidate?.jobId === job.jobId)
      ?.pods.find((p) => p.podUid === pod.podUid);
    const podNode = await gw.run(PaiNodeDocument, {
      id: toGlobalId('Pod', 'pai', [job.jobId, pod.podId, pod.podUid ?? '']),
    });
    expect(podNode.errors).toBeUndefined();
    expect(podNode.data?.node).toEqual({
      __typename: 'Pod',
      ...expectedPod(job, pod),
      duration: detail?.duration,
      resourceType: detail?.resourceType,
      history: pod.history.map((old) => ({
        id: toGlobalId('Pod', 'pai', [job.jobId, old.podId, old.podUid ?? '']),
        podUid: old.podUid,
      })),
      job: { id: toGlobalId('PaiJob', 'pai', [job.jobId]), jobId: job.jobId },
    });
  });

  it('node(id): an unknown job or pod is null with NOT_FOUND; an id naming an unconfigured instance is BAD_USER_INPUT', async () => {
    const missing = await gw.run(PaiNodeDocument, {
      id: toGlobalId('PaiJob', 'pai', ['dlc-20990101000000-nosuchjob0000']),
    });
    expect(missing.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(missing.data?.node).toBeNull();
    const job = restarting[0] as PaiJob;
    const noPod = await gw.run(PaiNodeDocument, {
      id: toGlobalId('Pod', 'pai', [job.jobId, 'no-such-pod', '']),
    });
    expect(noPod.data?.node).toBeNull();
    expect(noPod.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const foreign = await gw.run(PaiNodeDocument, {
      id: toGlobalId('PaiJob', 'pai-elsewhere', [job.jobId]),
    });
    expect(foreign.data?.node).toBeNull();
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});
