// Under lists served in another order than newest first, Query.jobs reads EMR workspaces and SAE
// histories whole: the cost estimate must still bound what it does, and the page must stay correct
// (test/integration/graphql/jobs.test.ts checks the jobs; this checks the calls).
import type { EmulatedProvider } from '../../../src/emulators/start-emulators';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ emulators: { listOrder: 'shuffled' } });
}, 60_000);
afterAll(async () => {
  await gateway.stop();
});

const PROVIDERS: readonly EmulatedProvider[] = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'];
const loggedCalls = () => PROVIDERS.reduce((sum, provider) => sum + gateway.calls(provider).length, 0);

const QUERIES: [string, string][] = [
  ['first page of everything, 1 job', '{ jobs(first: 1) { nodes { id } sources { read } } }'],
  ['first page of everything, 7 jobs', '{ jobs(first: 7) { nodes { id } sources { read } } }'],
  ['first page of everything, 50 jobs', '{ jobs(first: 50) { nodes { id } sources { read } } }'],
  ['first page of everything, 100 jobs', '{ jobs(first: 100) { nodes { id } sources { read } } }'],
  [
    'EMR only, a window in the middle of its history',
    '{ jobs(first: 20, filter: { providers: [EMR_SERVERLESS_SPARK], createdBefore: "2026-10-15T00:00:00Z" }) { nodes { id } sources { read } } }',
  ],
  ['SAE only', '{ jobs(first: 5, filter: { providers: [SAE] }) { nodes { id } sources { read } } }'],
];

describe('the jobs estimate is an upper bound when lists are read whole', () => {
  it.each(QUERIES)(
    '%s: actualUpstreamCalls equals the emulators’ log and is at most requestedUpstreamCalls',
    async (_name, query) => {
      gateway.resetEmulators();
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        errors?: unknown[];
        data: { jobs: { sources: { read: string }[] } };
        extensions: { cost: { requestedUpstreamCalls: number; actualUpstreamCalls: number } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.jobs.sources.map((source) => source.read)).toContain('FULL_READ');
      const { cost } = body.extensions;
      expect(cost.actualUpstreamCalls).toBe(loggedCalls());
      expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(cost.requestedUpstreamCalls);
    },
  );
});
