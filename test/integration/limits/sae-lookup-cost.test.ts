import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GatewayConfig } from '../../../src/config/gateway-config';
import { fromGlobalId } from '../../../src/domain/global-id';
import {
  SaeJobTemplatesDocument,
  SaeNodesDocument,
  SaeTemplatesWithExecutionsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

interface Cost {
  readonly requestedUpstreamCalls: number;
  readonly actualUpstreamCalls: number;
}

/** Posts a document and reads the cost extension beside its answer. */
async function costOf(gw: TestGateway, document: TypedDocumentNode<unknown, never>, variables: object) {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; extensions: { cost: Cost } };
  expect(body.errors).toBeUndefined();
  return body.extensions.cost;
}

const batching = (base: GatewayConfig): GatewayConfig => ({
  ...base,
  providers: {
    ...base.providers,
    sae: base.providers.sae.map((instance) => ({ ...instance, batchAppIdLookups: true })),
  },
});

/**
 * SAE template lookups cost a call per AppId by default, and a batch plus a call per id when a
 * batching gateway meets a strict SAE (the worst case): the estimate must bound both, where one
 * batch per instance no longer does.
 */
describe.each([
  ['one id per call (the default)', {}],
  ['batched against a strict SAE (every id falls back)', { config: batching }],
])('SAE lookup estimates, %s', (_mode, options) => {
  let gw: TestGateway;
  let executionIds: string[];
  let appIds: string[];

  beforeAll(async () => {
    gw = await startTestGateway(options);
    const listed = await gw.run(SaeTemplatesWithExecutionsDocument, { first: 40, executions: 1 });
    executionIds = arrived(listed.data?.saeJobTemplates?.nodes).flatMap((template) =>
      arrived(template.executions.nodes).map((execution) => execution.id),
    );
    appIds = executionIds.map((id) => fromGlobalId(id)?.keys[0] ?? '');
    // Enough distinct templates that one call per id outgrows the per-instance batch allowance.
    expect(new Set(appIds).size).toBeGreaterThanOrEqual(30);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('nodes(ids: executions of 30+ templates) with their templates: at most the estimate', async () => {
    const cost = await costOf(gw, SaeNodesDocument, { ids: executionIds });
    expect(cost.actualUpstreamCalls).toBe(gw.calls('sae').length);
    expect(gw.calls('sae', 'ListJobs').length).toBeGreaterThanOrEqual(new Set(appIds).size);
    expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(cost.requestedUpstreamCalls);
  });

  it('saeJobTemplates(filter: { appIds: 30+ }) with totalCount: at most the estimate', async () => {
    const cost = await costOf(gw, SaeJobTemplatesDocument, { first: 5, filter: { appIds } });
    expect(cost.actualUpstreamCalls).toBe(gw.calls('sae', 'ListJobs').length);
    expect(cost.actualUpstreamCalls).toBeGreaterThanOrEqual(new Set(appIds).size);
    expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(cost.requestedUpstreamCalls);
  });
});
