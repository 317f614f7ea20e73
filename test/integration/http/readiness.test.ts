import type { IncomingMessage } from 'node:http';
import type { GatewayConfig } from '../../../src/config/gateway-config';
import type { ReadinessDetail } from '../../../src/server/readiness';
import { postFaults } from '../../helpers/emulator-hooks';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** One failed call opens an instance's breaker, and it stays open for the whole test. */
const FRAGILE = {
  maxAttempts: 1,
  breakerMinimumCalls: 1,
  breakerWindow: 1,
  breakerThreshold: 0.5,
  breakerHalfOpenAfterMs: 3_600_000,
};
const DOWN = {
  kind: 'status' as const,
  status: 503,
  code: 'ServiceUnavailable',
  message: 'down',
  times: 10_000,
};
const OPS_TOKEN = 'Bearer readiness-test-ops';

function fragile(config: GatewayConfig): GatewayConfig {
  const each = <T extends { resilience: object }>(instances: readonly T[]) =>
    instances.map((instance) => ({ ...instance, resilience: { ...instance.resilience, ...FRAGILE } }));
  const { emrServerlessSpark, paiDlc, sae, gravitino } = config.providers;
  return {
    ...config,
    providers: {
      emrServerlessSpark: each(emrServerlessSpark),
      paiDlc: each(paiDlc),
      sae: each(sae),
      gravitino: each(gravitino),
    },
  };
}

/** Only the ops token may see the per-instance detail. */
async function authenticate(req: IncomingMessage) {
  if (req.headers.authorization === OPS_TOKEN) return { tenant: { id: 'ops', grants: {} } };
  return {
    refuse: {
      status: 401,
      body: { errors: [{ message: 'Authentication required.', extensions: { code: 'UNAUTHENTICATED' } }] },
    },
  };
}

describe('/readyz', () => {
  let gateway: TestGateway;
  let base: string;
  let instanceIds: string[];
  beforeAll(async () => {
    gateway = await startTestGateway({ config: fragile, gateway: { authenticate } });
    base = gateway.url.replace(/\/graphql$/, '');
    instanceIds = gateway.providers.all().map((instance) => instance.id);
  });
  afterAll(() => gateway.stop());

  const readyz = async () => {
    const response = await fetch(`${base}/readyz`);
    return { status: response.status, text: await response.text() };
  };
  const detail = async () => {
    const response = await fetch(`${base}/readyz?detail=1`, { headers: { authorization: OPS_TOKEN } });
    return { status: response.status, body: (await response.json()) as ReadinessDetail };
  };
  /** A GraphQL query as the authenticated ops caller (anonymous requests are refused here). */
  const query = (document: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: OPS_TOKEN },
      body: JSON.stringify({ query: document }),
    }).then(async (response) => (await response.json()) as { errors?: unknown[] });
  const serving = async () =>
    Object.fromEntries((await detail()).body.providers.map((entry) => [entry.provider, entry.serving]));

  it('is ready with every breaker closed, and tells anyone only its status', async () => {
    const { status, text } = await readyz();
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: 'ready' });
    for (const id of instanceIds) expect(text).not.toContain(id);
  });

  it('answers the per-instance detail only to an authenticated caller', async () => {
    const anonymous = await fetch(`${base}/readyz?detail=1`);
    const text = await anonymous.text();
    expect(anonymous.status).toBe(401);
    for (const id of instanceIds) expect(text).not.toContain(id);
    const { status, body } = await detail();
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(
      body.providers.flatMap((entry) => entry.instances.map((instance) => instance.instance)).sort(),
    ).toEqual([...instanceIds].sort());
  });

  it('stays ready (200) when every breaker of one provider is open: that is partial data, not a dead replica', async () => {
    await postFaults(gateway.emulators.endpoints.gravitino, DOWN);
    const response = await query('{ gravitinoJobs(metalake: "prod_lake", first: 1) { nodes { id } } }');
    expect(response.errors?.length).toBeGreaterThan(0);
    const gravitino = (await detail()).body.providers.find((entry) => entry.provider === 'GRAVITINO');
    expect(gravitino?.instances.every((instance) => instance.breaker === 'open')).toBe(true);
    expect(await serving()).toEqual({
      EMR_SERVERLESS_SPARK: true,
      PAI_DLC: true,
      SAE: true,
      GRAVITINO: false,
    });
    const { status, text } = await readyz();
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: 'ready' });
  });

  it('is unready (503) only when no provider can serve at all', async () => {
    const { emrServerlessSpark, paiDlc, sae } = gateway.emulators.endpoints;
    await Promise.all([emrServerlessSpark, paiDlc, sae].map((url) => postFaults(url, DOWN)));
    // One aliased root field per EMR instance: a plain `workspaces` may stop at the first region that fills the page.
    const emr = gateway.providers.emrServerlessSpark.map(
      (instance, i) =>
        `w${i}: workspaces(first: 1, filter: { instances: ["${instance.id}"] }) { nodes { id } }`,
    );
    await query(
      `{ ${emr.join(' ')} paiJobs(first: 1) { nodes { id } } saeJobTemplates(first: 1) { nodes { id } } }`,
    );
    const { status: detailStatus, body } = await detail();
    expect(
      body.providers.flatMap((entry) => entry.instances).filter((instance) => instance.breaker !== 'open'),
    ).toEqual([]);
    expect(detailStatus).toBe(503);
    const { status, text } = await readyz();
    expect(status).toBe(503);
    expect(JSON.parse(text)).toEqual({ status: 'unready' });
  });
});
