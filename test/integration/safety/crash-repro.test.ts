import { EmrFirstWorkspacesDocument, JobSourceStatusesDocument } from '../../__generated__/operations';
import { resetEmulator } from '../../helpers/emulator-hooks';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { withResilience } from '../../helpers/with-resilience';

/** Past the page deadline (300 ms), like the 11 s of the report against its 10 s deadline. */
const DELAY_MS = 800;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * The crash of issue 8: source reads cut by the `jobs` page deadline failed later with nobody
 * listening, and Node exited on the unhandled rejection. Any unhandled rejection fails this file
 * (test/setup), so these tests pass only if every cut read is owned.
 */
describe('Query.jobs with every provider failing or slower than the page deadline', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({
      jobs: { sourceConcurrency: 16, pageDeadlineMs: 300 },
      // Attempts outlast the delays, so the emulator answers every held call (and the log shows when).
      config: (base) => withResilience(base, { attemptTimeoutMs: 30_000, deadlineMs: 30_000 }),
    });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('answers, and keeps serving once the cut reads have failed', async () => {
    const { emulators } = gateway.emulators;
    emulators.emrServerlessSpark.addFault({
      operation: 'ListJobRuns',
      times: 1_000,
      kind: 'status',
      status: 400,
      code: 'InvalidParameter',
      message: 'bad request',
    });
    emulators.sae.addFault({
      operation: 'DescribeJobHistory',
      times: 1_000,
      kind: 'status',
      status: 400,
      code: 'InvalidParameter',
      message: 'bad request',
    });
    emulators.paiDlc.addFault({ operation: 'ListJobs', times: 1_000, kind: 'delay', ms: DELAY_MS });
    emulators.gravitino.addFault({ operation: 'listJobs', times: 1_000, kind: 'delay', ms: DELAY_MS });

    const response = await gateway.run(JobSourceStatusesDocument, { first: 50 });
    expect(response.status).toBe(200);
    const statuses = (provider: string) =>
      new Set(
        response.data?.jobs?.sources
          .filter((source) => source.provider === provider)
          .map((source) => source.status),
      );
    expect(statuses('PAI_DLC')).toEqual(new Set(['DEGRADED']));
    expect(statuses('GRAVITINO')).toEqual(new Set(['DEGRADED']));
    // Failing reads are FAILED, or DEGRADED when a busy machine lets the page deadline pass before they fail.
    expect([...statuses('SAE')].every((status) => status === 'FAILED' || status === 'DEGRADED')).toBe(true);
    expect(response.errors?.length).toBeGreaterThan(0);

    // The gateway gave up on the held reads when it answered; once the emulator answers them, they fail
    // (the response body is no longer read). Without an owner, that failure would end the process.
    await until(
      () =>
        gateway.calls('paiDlc', 'ListJobs').length > 0 &&
        gateway.calls('paiDlc', 'ListJobs').every((call) => call.status !== 0),
      'the held PAI reads to end',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    await Promise.all(Object.values(gateway.emulators.endpoints).map(resetEmulator));
    // Still serving (a query outside the short page deadline, so a busy machine cannot cut it).
    const after = await gateway.run(EmrFirstWorkspacesDocument, { first: 2 });
    expect(after.errors).toBeUndefined();
    expect(after.data?.workspaces?.nodes).toHaveLength(2);
  });
});
