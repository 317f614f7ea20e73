import { JobsPageDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { allJobs, newestFirst, type OracleJob } from './jobs-oracle';

describe('Query.jobs when one provider is down', () => {
  let gateway: TestGateway;
  let oracle: OracleJob[];

  beforeAll(async () => {
    gateway = await startTestGateway();
    oracle = (await allJobs(gateway.providers)).sort(newestFirst);
  }, 60_000);
  afterAll(() => gateway.stop());

  it('returns the other providers in order, reports the failed source, and retries it on the next page', async () => {
    // Every attempt of every Gravitino list fails while this page is read.
    gateway.emulators.emulators.gravitino.addFault({
      operation: 'listJobs',
      times: 1_000,
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'down',
    });
    const down = await gateway.run(JobsPageDocument, { first: 30 });
    const withoutGravitino = oracle.filter((job) => job.provider !== 'GRAVITINO').map((job) => job.id);
    expect(down.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual(withoutGravitino.slice(0, 30));
    const gravitino = down.data?.jobs?.sources.find((source) => source.provider === 'GRAVITINO');
    expect(gravitino).toMatchObject({ status: 'FAILED', error: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(
      down.data?.jobs?.sources
        .filter((source) => source.provider !== 'GRAVITINO')
        .every((source) => source.status === 'OK'),
    ).toBe(true);
    expect(down.errors).toEqual([
      expect.objectContaining({
        path: ['jobs'],
        extensions: expect.objectContaining({
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: expect.objectContaining({ provider: 'GRAVITINO', operation: 'listJobs' }),
        }),
      }),
    ]);
    expect(JSON.stringify(down.errors)).not.toMatch(/127\.0\.0\.1|stack/);

    await fetch(`${gateway.emulators.endpoints.gravitino}/_emulator/faults`, { method: 'DELETE' });
    gateway.resetEmulators();
    const after = down.data?.jobs?.pageInfo.endCursor;
    const recovered = await gateway.run(JobsPageDocument, { first: 30, after });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.jobs?.sources.find((source) => source.provider === 'GRAVITINO')).toMatchObject({
      status: 'OK',
    });
    expect(gateway.calls('gravitino', 'listJobs').length).toBeGreaterThan(0);
    // From the cursor on, the merged order holds again, Gravitino included.
    const lastSeen = oracle.findIndex((job) => job.id === down.data?.jobs?.edges.at(-1)?.node?.id);
    expect(recovered.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual(
      oracle.slice(lastSeen + 1, lastSeen + 31).map((job) => job.id),
    );
  }, 60_000);
});
