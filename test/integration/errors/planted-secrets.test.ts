import { postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { captureLogs } from '../../helpers/logs-capture';
import { PLANTED_SECRETS, type PlantedSecret } from '../../helpers/planted-secrets';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import type { QueuedFault } from '../../../src/emulators/shared/emulator-types';
import type { EmulatedProvider } from '../../../src/emulators/start-emulators';

/** One root field per provider, each making exactly one upstream call when it fails. */
const PROVIDERS: readonly { provider: EmulatedProvider; name: string; field: string; query: string }[] = [
  {
    provider: 'emrServerlessSpark',
    name: 'EMR_SERVERLESS_SPARK',
    field: 'workspaces',
    query: '{ workspaces(first: 1) { nodes { id } } }',
  },
  { provider: 'paiDlc', name: 'PAI_DLC', field: 'paiJobs', query: '{ paiJobs(first: 1) { nodes { id } } }' },
  {
    provider: 'sae',
    name: 'SAE',
    field: 'saeJobTemplates',
    query: '{ saeJobTemplates(first: 1) { nodes { id } } }',
  },
  {
    provider: 'gravitino',
    name: 'GRAVITINO',
    field: 'gravitinoJobs',
    query: '{ gravitinoJobs(metalake: "prod_lake", first: 1) { nodes { id } } }',
  },
];
const STATUSES = [400, 404, 500, 503] as const;

/**
 * Every member of an error body a real upstream fills, carrying every secret; the `code` carries
 * one of them, a different one on each row, so that each secret is tried there too.
 */
function fault(provider: EmulatedProvider, status: number, inCode: PlantedSecret): QueuedFault {
  const all = PLANTED_SECRETS.map((secret) => secret.text);
  return {
    kind: 'status' as const,
    status,
    // Gravitino's code is a number: a non-numeric one goes into its `type`, which is text too.
    code: inCode.text,
    message: all.map((text) => `Failed to reach ${text} (${text});`).join(' '),
    fields:
      provider === 'gravitino'
        ? {
            stack: all.flatMap((text) => [
              `java.sql.SQLException: ${text}`,
              `\tat org.apache.gravitino.Foo.bar(${text})`,
            ]),
          }
        : {
            HostId: all.join(' '),
            Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(all.join(' '))}`,
            RequestId: inCode.text,
          },
    // Enough for every attempt of a retried read.
    times: 5,
  };
}

/** The secrets' fragments found in `text`, named, so a failure says which secret leaked where. */
function leaks(text: string, where: string): string[] {
  return PLANTED_SECRETS.flatMap((secret) =>
    secret.fragments
      .filter((fragment) => text.includes(fragment))
      .map((fragment) => `${where}: ${secret.name} (${fragment})`),
  );
}

describe('planted secrets in upstream error bodies reach neither a client nor a log line', () => {
  let gw: TestGateway;
  // The text lines, and the same lines as the JSON the CLI writes (pino, with their typed fields).
  const { log, lines, json } = captureLogs();

  beforeAll(async () => {
    gw = await startTestGateway({ gateway: { log } });
  });
  afterAll(() => gw.stop());

  it.each([400, 503])(
    'through Query.jobs, whose failed sources answer in `errors` and in `sources` (HTTP %i)',
    async (status) => {
      const url = gw.emulators.endpoints.gravitino;
      lines.length = 0;
      json.length = 0;
      try {
        // Every metalake's listing, with its retries, fails.
        await postFaults(url, { ...fault('gravitino', status, PLANTED_SECRETS[0]!), times: 100 });
        const query =
          '{ jobs(first: 5) { nodes { id } sources { provider status error { code message } } } }';
        const response = await fetch(gw.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as {
          data?: { jobs?: { sources: { provider: string; status: string }[] } };
          errors?: { path?: unknown[]; extensions?: Record<string, unknown> }[];
        };
        // The other providers' jobs still came; Gravitino's failure is typed in both places.
        expect(body.data?.jobs?.sources.find((source) => source.provider === 'GRAVITINO')?.status).toBe(
          'FAILED',
        );
        expect(body.errors).toEqual([
          expect.objectContaining({
            path: ['jobs'],
            extensions: expect.objectContaining({
              upstream: expect.objectContaining({ provider: 'GRAVITINO', requestId: null }),
            }),
          }),
        ]);
        expect(lines.filter((line) => line.startsWith('upstream call failed:'))).toHaveLength(1);
        expect([
          ...leaks(text, 'response'),
          ...lines.flatMap((line) => leaks(line, 'log')),
          ...json.flatMap((line) => leaks(line, 'JSON log')),
        ]).toEqual([]);
        // The JSON lines were written: the failure's, and the request's access line.
        expect(json.map((line) => JSON.parse(line).event)).toEqual(['upstream_call_failed', 'request']);
        expect(text).not.toMatch(/Failed to reach|SQLException|org\.apache|Unexpected error/);
      } finally {
        await resetEmulator(url);
      }
    },
  );

  describe.each(PROVIDERS)('$name', ({ provider, name, field, query }) => {
    const url = () => gw.emulators.endpoints[provider];
    afterEach(() => resetEmulator(url()));

    it.each(
      STATUSES.map(
        (status, row) =>
          [status, PROVIDERS.findIndex((p) => p.provider === provider) * STATUSES.length + row] as const,
      ),
    )('HTTP %i', async (status, row) => {
      const inCode = PLANTED_SECRETS[row % PLANTED_SECRETS.length]!;
      lines.length = 0;
      json.length = 0;
      await postFaults(url(), fault(provider, status, inCode));
      const response = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        data?: Record<string, unknown>;
        errors?: { extensions?: Record<string, unknown> }[];
      };

      // The failure did happen, and was reported with typed fields only.
      expect(body.data?.[field]).toBeNull();
      // Gravitino's numeric code is its own (from the status) once the planted one is refused.
      const code = provider === 'gravitino' ? expect.stringMatching(/^\d{4}$/) : null;
      expect(body.errors?.[0]?.extensions).toMatchObject({
        upstream: { provider: name, code, requestId: null },
      });
      expect(
        lines.filter((line) => line.startsWith('upstream call failed:') && line.includes(`provider=${name}`)),
      ).toHaveLength(1);
      expect([
        ...leaks(text, 'response'),
        ...lines.flatMap((line) => leaks(line, 'log')),
        ...json.flatMap((line) => leaks(line, 'JSON log')),
      ]).toEqual([]);
      expect(json.map((line) => JSON.parse(line).event)).toEqual(['upstream_call_failed', 'request']);
      expect(text).not.toMatch(/Failed to reach|aliyun\.com|troubleshoot|SQLException|org\.apache/);
    });
  });
});
