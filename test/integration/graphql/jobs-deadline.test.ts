import { JobSourceStatusesDocument } from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('Query.jobs with a slow source', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    // A page deadline short enough to keep the test quick, long enough that the healthy sources
    // answer within it on a loaded 2-core machine; Gravitino's attempts may take far longer than
    // the page, so only the page deadline can cut it.
    gateway = await startTestGateway({
      jobs: { sourceConcurrency: 16, pageDeadlineMs: 2_000 },
      config: (base) => ({
        ...base,
        providers: {
          ...base.providers,
          gravitino: base.providers.gravitino.map((instance) => ({
            ...instance,
            resilience: { ...instance.resilience, attemptTimeoutMs: 20_000, deadlineMs: 20_000 },
          })),
        },
      }),
    });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('cuts the slow source at the deadline, reports it DEGRADED, and returns the others', async () => {
    // Gravitino answers each listJobs only after 6 s (within its own 20 s attempt timeout).
    gateway.emulators.emulators.gravitino.addFault({
      operation: 'listJobs',
      times: 4,
      kind: 'delay',
      ms: 6_000,
    });
    const response = await gateway.run(JobSourceStatusesDocument, { first: 15 });
    const page = response.data?.jobs;
    expect(page?.nodes).toHaveLength(15);
    expect(arrived(page?.nodes).some((node) => node.provider === 'GRAVITINO')).toBe(false);
    expect(page?.sources.find((source) => source.provider === 'GRAVITINO')).toMatchObject({
      status: 'DEGRADED',
      error: { code: 'UPSTREAM_TIMEOUT' },
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['jobs'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_TIMEOUT' }),
      }),
    ]);
    expect(
      page?.sources
        .filter((source) => source.provider !== 'GRAVITINO')
        .every((source) => source.status === 'OK'),
    ).toBe(true);
  });
});
