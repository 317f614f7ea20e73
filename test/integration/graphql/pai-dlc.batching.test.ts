import { toGlobalId } from '../../../src/domain/global-id';
import type { PaiJob } from '../../../src/domain/pai-job';
import {
  PaiJobCountDocument,
  PaiJobDescriptionsDocument,
  PaiJobDescriptionsTwiceDocument,
  PaiJobIdsDocument,
  PaiJobsDocument,
  PaiJobsWithPodsDocument,
  PaiNodesDocument,
  PaiNodesWithDescriptionDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { nodeOfType } from '../../helpers/node-of-type';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const jobId = (job: PaiJob) => toGlobalId('PaiJob', job.instanceId, [job.jobId]);

describe('PAI-DLC batching: exact upstream call counts', () => {
  let gw: TestGateway;
  let newest: PaiJob[];
  let restarting: PaiJob[];
  let descriptions: (string | null)[];
  const operations = () => gw.calls('paiDlc').map((call) => call.operation);

  beforeAll(async () => {
    gw = await startTestGateway();
    const [instance] = gw.providers.paiDlc;
    if (!instance) throw new Error('demo mode has a PAI-DLC instance');
    newest = (await instance.client.listJobs({}, { pageNumber: 1, pageSize: 10 })).items.slice();
    restarting = (
      await instance.client.listJobs({ status: 'Restarting' }, { pageNumber: 1, pageSize: 10 })
    ).items.slice();
    descriptions = await Promise.all(
      newest.slice(0, 3).map(async (job) => (await instance.client.getJob(job.jobId))?.description ?? null),
    );
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('paiJobs(first: 10) { nodes { id pods { podId history { podId } } } } is exactly 1 ListJobs and nothing else', async () => {
    const result = await gw.run(PaiJobsWithPodsDocument, { first: 10 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paiJobs?.nodes.map((node) => node?.id)).toEqual(newest.map(jobId));
    expect(operations()).toEqual(['ListJobs']);
  });

  it('pods and their history come with the list items: restarted jobs show earlier incarnations, still 1 ListJobs', async () => {
    const result = await gw.run(PaiJobsWithPodsDocument, {
      first: 10,
      filter: { providerStatuses: ['RESTARTING'] },
    });
    expect(result.errors).toBeUndefined();
    const nodes = arrived(result.data?.paiJobs?.nodes);
    expect(nodes.map((node) => node.pods)).toEqual(
      restarting.map((job) =>
        job.pods.map((pod) => ({
          podId: pod.podId,
          history: pod.history.map((old) => ({ podId: old.podId })),
        })),
      ),
    );
    expect(nodes.some((node) => node.pods.some((pod) => pod.history.length > 0))).toBe(true);
    // A job whose list item has no pods yet (e.g. still queuing) shows [] and costs no GetJob.
    expect(operations()).toEqual(['ListJobs']);
  });

  it('nodes(ids: [5 PaiJob ids]) is exactly 1 ListJobs (JobIds), answers in id order', async () => {
    const five = [newest[4], newest[0], newest[3], newest[1], newest[2]] as PaiJob[];
    const result = await gw.run(PaiNodesDocument, { ids: five.map(jobId) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => nodeOfType(node, 'PaiJob').jobId)).toEqual(
      five.map((job) => job.jobId),
    );
    const calls = gw.calls('paiDlc');
    expect(calls.map((call) => call.operation)).toEqual(['ListJobs']);
    expect(calls[0]?.query.JobIds?.split(',').sort()).toEqual(five.map((job) => job.jobId).sort());
  });

  it('an unknown job id is null (NOT_FOUND) in the same single ListJobs', async () => {
    const ids = [
      jobId(newest[0] as PaiJob),
      toGlobalId('PaiJob', 'pai', ['dlc-20990101000000-nosuchjob0000']),
    ];
    const result = await gw.run(PaiNodesDocument, { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes).toEqual([expect.objectContaining({ jobId: newest[0]?.jobId }), null]);
    expect(operations()).toEqual(['ListJobs']);
  });

  it('description on 3 jobs is 3 GetJob calls (plus the 1 ListJobs)', async () => {
    const result = await gw.run(PaiJobDescriptionsDocument, { first: 3 });
    expect(result.errors).toBeUndefined();
    expect(arrived(result.data?.paiJobs?.nodes).map((node) => node.description)).toEqual(descriptions);
    expect(operations().sort()).toEqual(['GetJob', 'GetJob', 'GetJob', 'ListJobs']);
    expect(
      gw
        .calls('paiDlc', 'GetJob')
        .map((call) => call.path)
        .sort(),
    ).toEqual(
      newest
        .slice(0, 3)
        .map((job) => `/api/v1/jobs/${job.jobId}`)
        .sort(),
    );
  });

  it('the same 3 jobs twice, with several GetJob-only fields each: still 3 GetJob and 1 ListJobs', async () => {
    const result = await gw.run(PaiJobDescriptionsTwiceDocument, { first: 3 });
    expect(result.errors).toBeUndefined();
    expect(operations().sort()).toEqual(['GetJob', 'GetJob', 'GetJob', 'ListJobs']);
  });

  it('the same job twice in nodes(ids:), with description: 1 ListJobs and one GetJob per distinct job', async () => {
    const [a, b] = newest as [PaiJob, PaiJob];
    const result = await gw.run(PaiNodesWithDescriptionDocument, { ids: [jobId(a), jobId(b), jobId(a)] });
    expect(result.errors).toBeUndefined();
    expect(arrived(result.data?.nodes).map((node) => ('jobId' in node ? node.jobId : undefined))).toEqual([
      a.jobId,
      b.jobId,
      a.jobId,
    ]);
    expect(operations().sort()).toEqual(['GetJob', 'GetJob', 'ListJobs']);
  });

  it('statuses: [PENDING] is one ListJobs per PAI status behind it (5), and totalCount adds none', async () => {
    const result = await gw.run(PaiJobsDocument, { first: 10, filter: { statuses: ['PENDING'] } });
    expect(result.errors).toBeUndefined();
    const calls = gw.calls('paiDlc', 'ListJobs');
    expect(calls.map((call) => call.query.Status).sort()).toEqual([
      'Bidding',
      'Creating',
      'EnvPreparing',
      'Queuing',
      'SanityChecking',
    ]);
    expect(operations()).toHaveLength(5);
    expect(result.data?.paiJobs?.edges).toHaveLength(10);
  });

  it('totalCount alone is 1 one-item ListJobs; statuses that match nothing cost no call at all', async () => {
    const count = await gw.run(PaiJobCountDocument, { first: 1 });
    expect(count.data?.paiJobs?.totalCount).toBeGreaterThan(100);
    expect(operations()).toEqual(['ListJobs']);
    gw.resetEmulators();
    const none = await gw.run(PaiJobCountDocument, {
      filter: { statuses: ['RUNNING'], providerStatuses: ['FAILED'] },
    });
    expect(none.data?.paiJobs?.totalCount).toBe(0);
    expect(operations()).toEqual([]);
  });

  it('last: 5 is 2 ListJobs: a one-item page for the total, then the window', async () => {
    const result = await gw.run(PaiJobIdsDocument, { last: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paiJobs?.edges).toHaveLength(5);
    expect(operations()).toEqual(['ListJobs', 'ListJobs']);
  });

  it('a pod refetched by id is 1 ListJobs (its job), and Pod.job costs nothing more', async () => {
    const job = restarting.find((candidate) =>
      candidate.pods.some((pod) => pod.history.length > 0),
    ) as PaiJob;
    const pod = job.pods.find((candidate) => candidate.history.length > 0);
    if (!pod) throw new Error('the demo data has restarted pods');
    const [old] = pod.history;
    if (!old) throw new Error('the pod has an earlier incarnation');
    const ids = [pod, old].map((p) => toGlobalId('Pod', 'pai', [job.jobId, p.podId, p.podUid ?? '']));
    const result = await gw.run(PaiNodesDocument, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      expect.objectContaining({ podId: pod.podId, job: { jobId: job.jobId } }),
      expect.objectContaining({ podId: old.podId, job: { jobId: job.jobId } }),
    ]);
    expect(operations()).toEqual(['ListJobs']);
  });
});
