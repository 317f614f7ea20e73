import { toGlobalId } from '../../../src/domain/global-id';
import type { PaiJob } from '../../../src/domain/pai-job';
import {
  PaiJobDescriptionsDocument,
  PaiJobsBesideSaeDocument,
  PaiNodesDocument,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** Fails the next `times` calls of one PAI-DLC operation with a 503 (maxAttempts is 3: one logical call). */
function unavailable(gw: TestGateway, operation: string, times = 3): void {
  gw.emulators.emulators.paiDlc.addFault({
    operation,
    times,
    kind: 'status',
    status: 503,
    code: 'ServiceUnavailable',
    message: 'The service is temporarily unavailable.',
  });
}

const upstreamUnavailable = (operation: string) => ({
  code: 'UPSTREAM_UNAVAILABLE',
  upstream: expect.objectContaining({ provider: 'PAI_DLC', operation, code: 'ServiceUnavailable' }),
});

describe('PAI-DLC failures null only what depends on them', () => {
  let gw: TestGateway;
  let newest: PaiJob[];

  beforeAll(async () => {
    gw = await startTestGateway();
    const [instance] = gw.providers.paiDlc;
    if (!instance) throw new Error('demo mode has a PAI-DLC instance');
    newest = (await instance.client.listJobs({}, { pageNumber: 1, pageSize: 2 })).items.slice();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('ListJobs down: paiJobs is null with a typed error, SAE data still arrives', async () => {
    unavailable(gw, 'ListJobs');
    const result = await gw.run(PaiJobsBesideSaeDocument);
    expect(result.data?.paiJobs).toBeNull();
    expect(result.data?.saeJobTemplates?.nodes.length).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['paiJobs']);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('ListJobs'));
    expect(gw.calls('paiDlc', 'ListJobs')).toHaveLength(3);
  });

  it('GetJob down: only the GetJob-only field is null, with the error at its path; the ListJobs fields arrive', async () => {
    unavailable(gw, 'GetJob');
    const result = await gw.run(PaiJobDescriptionsDocument, { first: 1 });
    expect(result.data?.paiJobs?.nodes).toEqual([
      { id: toGlobalId('PaiJob', 'pai', [newest[0]?.jobId ?? '']), description: null },
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['paiJobs', 'nodes', 0, 'description']);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('GetJob'));
  });

  it('the batched lookup down: each nodes(ids:) slot is null with its own error, in one logical ListJobs', async () => {
    unavailable(gw, 'ListJobs');
    const ids = newest.map((job) => toGlobalId('PaiJob', 'pai', [job.jobId]));
    const result = await gw.run(PaiNodesDocument, { ids });
    expect(result.data?.nodes).toEqual([null, null]);
    expect(result.errors?.map((error) => error.path)).toEqual([
      ['nodes', 0],
      ['nodes', 1],
    ]);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('ListJobs'));
    expect(gw.calls('paiDlc', 'ListJobs')).toHaveLength(3);
  });
});
