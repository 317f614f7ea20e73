import { print } from 'graphql';
import { LIMITS_DEFAULTS } from '../../../src/config/limits.config';
import { PaiJobsBesideEmrRunsDocument } from '../../__generated__/operations';
import { resetEmulator } from '../../helpers/emulator-hooks';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { withResilience } from '../../helpers/with-resilience';

/** Every ListJobRuns is held this long: far past the request deadline, well inside one attempt's timeout. */
const UPSTREAM_DELAY_MS = 8_000;

/** Polls until `check` holds; the tests wait on emulator state, never on the clock. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('the request deadline and cancellation', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({
      // Attempts may take longer than the delays, so only the request deadline can cut them.
      config: (base) => withResilience(base, { attemptTimeoutMs: 30_000, deadlineMs: 30_000 }),
      gateway: { limits: { ...LIMITS_DEFAULTS, requestDeadlineMs: 1_500 } },
    });
  }, 60_000);
  afterAll(() => gateway.stop());
  // Clears the request logs and the faults a test left queued.
  beforeEach(() => Promise.all(Object.values(gateway.emulators.endpoints).map(resetEmulator)));

  it('answers at the deadline: fields that resolved keep their data, unfinished ones fail with TIMEOUT', async () => {
    gateway.emulators.emulators.emrServerlessSpark.addFault({
      operation: 'ListJobRuns',
      times: 100,
      kind: 'delay',
      ms: UPSTREAM_DELAY_MS,
    });
    const response = await gateway.run(PaiJobsBesideEmrRunsDocument);
    // The answer came while every delayed ListJobRuns was still unanswered upstream: the gateway did not wait for them.
    const jobRunCalls = gateway.calls('emrServerlessSpark', 'ListJobRuns');
    expect(jobRunCalls.length).toBeGreaterThan(0);
    expect(jobRunCalls.every((call) => call.status === 0)).toBe(true);

    expect(response.status).toBe(200);
    expect(response.data?.paiJobs?.nodes).toHaveLength(2);
    expect(response.data?.workspaces?.pageInfo).toEqual({ hasNextPage: expect.any(Boolean) });
    expect(response.data?.workspaces?.nodes).toEqual([null, null, null]);
    expect(response.errors).toHaveLength(3);
    for (const [index, error] of (response.errors ?? []).entries()) {
      expect(error).toMatchObject({
        path: ['workspaces', 'nodes', index, 'jobRuns'],
        extensions: { code: 'TIMEOUT' },
      });
      // The request's own deadline, not a provider's slowness: no upstream details.
      expect(error.extensions).not.toHaveProperty('upstream');
    }
  });

  it('makes no further upstream call once the client has hung up', async () => {
    // The listing is held, so the job-run calls it would lead to can only come after the client left.
    gateway.emulators.emulators.emrServerlessSpark.addFault({
      operation: 'ListWorkspaces',
      times: 100,
      kind: 'delay',
      ms: 300,
    });
    const client = new AbortController();
    const request = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(PaiJobsBesideEmrRunsDocument) }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await until(
      () => gateway.calls('emrServerlessSpark', 'ListWorkspaces').length > 0,
      'the first ListWorkspaces',
    );
    client.abort();
    await expect(request).resolves.toMatchObject({ name: 'AbortError' });
    const afterAbort = gateway.calls('emrServerlessSpark').length;
    // Wait until every held listing has been answered (the gateway could act on it now), then a little more.
    await until(
      () => gateway.calls('emrServerlessSpark', 'ListWorkspaces').every((call) => call.status !== 0),
      'the held listings to be answered',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gateway.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(0);
    expect(gateway.calls('emrServerlessSpark')).toHaveLength(afterAbort);
  });

  it('still serves the next request in full', async () => {
    const response = await gateway.run(PaiJobsBesideEmrRunsDocument);
    expect(response.errors).toBeUndefined();
    expect(response.data?.workspaces?.nodes).toHaveLength(3);
    expect(
      response.data?.workspaces?.nodes.every((node) => node !== null && Array.isArray(node.jobRuns.nodes)),
    ).toBe(true);
  });
});
