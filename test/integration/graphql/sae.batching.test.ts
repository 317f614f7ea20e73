import type { GatewayConfig } from '../../../src/config/gateway-config';
import { fromGlobalId, toGlobalId } from '../../../src/domain/global-id';
import type { LogLevel } from '../../../src/errors/log-sink';
import {
  SaeJobTemplateIdsDocument,
  SaeJobTemplatesDocument,
  SaeNodesDocument,
  SaeSamePageTwiceDocument,
  SaeTemplatesWithExecutionsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** Upstream calls per operation name, to compare whole call profiles at once. */
function profile(gw: TestGateway): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of gw.calls('sae'))
    counts[call.operation ?? '?'] = (counts[call.operation ?? '?'] ?? 0) + 1;
  return counts;
}

/** The demo wiring with SAE lookups batched (SaeInstanceConfig.batchAppIdLookups). */
const batching = (base: GatewayConfig): GatewayConfig => ({
  ...base,
  providers: {
    ...base.providers,
    sae: base.providers.sae.map((instance) => ({ ...instance, batchAppIdLookups: true })),
  },
});

/** The FieldValue of each ListJobs call, in call order. */
const fieldValues = (gw: TestGateway) => gw.calls('sae', 'ListJobs').map((call) => call.query.FieldValue);

/** A gateway, the ids of five listed templates, and the log lines the gateway wrote. */
function useGateway(options: Parameters<typeof startTestGateway>[0] = {}) {
  const state = {
    gw: undefined as unknown as TestGateway,
    templateIds: [] as string[],
    lines: [] as [string, LogLevel | undefined][],
  };
  beforeAll(async () => {
    state.gw = await startTestGateway({
      ...options,
      // Without the access line each request ends with (level info): these tests read SAE's lines.
      gateway: { log: (line, level) => void (level === 'info' || state.lines.push([line, level])) },
    });
    const page = await state.gw.run(SaeJobTemplateIdsDocument, {
      first: 5,
      filter: { namespaceId: 'cn-hangzhou:prod' },
    });
    state.templateIds = arrived(page.data?.saeJobTemplates?.edges.map((edge) => edge.node)).map(
      (node) => node.id,
    );
    expect(state.templateIds).toHaveLength(5);
  });
  afterAll(() => state.gw.stop());
  beforeEach(() => {
    state.gw.resetEmulators();
    state.lines.length = 0;
  });
  return state;
}

/** The AppId a template's global id carries. */
const appIdOf = (id: string) => fromGlobalId(id)?.keys[0] ?? '';

describe('SAE lookups by AppId, one id per call (the default; SAE emulator strict, as documented)', () => {
  const state = useGateway();

  it('nodes(ids: [5 SaeJobTemplate ids]) is one ListJobs per id, each FieldValue one id', async () => {
    const { gw, templateIds } = state;
    const result = await gw.run(SaeNodesDocument, { ids: templateIds });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node?.id)).toEqual(templateIds);
    expect(profile(gw)).toEqual({ ListJobs: 5 });
    expect(fieldValues(gw).sort()).toEqual(templateIds.map(appIdOf).sort());
    for (const call of gw.calls('sae', 'ListJobs')) expect(call.query.FieldType).toBe('appIds');
  });

  it("saeJobTemplates(first: 5) with executions(first: 3) and each execution's template = 1 ListJobs + 5 DescribeJobHistory", async () => {
    const { gw } = state;
    const result = await gw.run(SaeTemplatesWithExecutionsDocument, { first: 5, executions: 3 });
    expect(result.errors).toBeUndefined();
    const templates = arrived(result.data?.saeJobTemplates?.nodes);
    expect(templates).toHaveLength(5);
    const executions = templates.flatMap((template) => arrived(template.executions.nodes));
    expect(executions.length).toBeGreaterThan(0);
    // The execution's global id carries its AppId: the template answered must be that one.
    for (const execution of executions)
      expect(execution.template.appId).toBe(fromGlobalId(execution.id)?.keys[0]);
    expect(profile(gw)).toEqual({ ListJobs: 1, DescribeJobHistory: 5 });
  });

  it('the same page asked for twice in one request is fetched once', async () => {
    const { gw } = state;
    const result = await gw.run(SaeSamePageTwiceDocument);
    expect(result.errors).toBeUndefined();
    expect(profile(gw)).toEqual({ ListJobs: 1 });
  });

  it('template lookups of executions from node(id) and template ids share one ListJobs per distinct AppId', async () => {
    const { gw, templateIds } = state;
    const listed = await gw.run(SaeTemplatesWithExecutionsDocument, { first: 5, executions: 1 });
    const executionIds = arrived(listed.data?.saeJobTemplates?.nodes).flatMap((t) =>
      arrived(t.executions.nodes).map((e) => e.id),
    );
    expect(executionIds.length).toBeGreaterThan(1);
    const distinct = new Set([...templateIds.map(appIdOf), ...executionIds.map(appIdOf)]);
    gw.resetEmulators();
    const result = await gw.run(SaeNodesDocument, { ids: [...executionIds, ...templateIds] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.every((node) => node !== null)).toBe(true);
    expect(profile(gw)).toEqual({ ListJobs: distinct.size, DescribeJobStatus: executionIds.length });
  });

  it('an appIds listing reads each id once for its page and its totalCount', async () => {
    const { gw, templateIds } = state;
    const asked = [...templateIds.slice(0, 3).map(appIdOf), 'f7730764-0000-4000-8000-000000000000'];
    const result = await gw.run(SaeJobTemplatesDocument, { first: 2, filter: { appIds: asked } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.saeJobTemplates?.totalCount).toBe(3);
    expect(result.data?.saeJobTemplates?.edges.map((edge) => edge.node?.appId)).toEqual(asked.slice(0, 2));
    expect(fieldValues(gw).sort()).toEqual([...asked].sort());
  });
});

describe('SAE lookups batched (batchAppIdLookups) against an SAE that takes comma-joined ids (emulator comma-list)', () => {
  const state = useGateway({ emulators: { saeFieldValue: 'comma-list' }, config: batching });

  it('nodes(ids: [5 SaeJobTemplate ids]) is exactly one ListJobs with the 5 ids in FieldValue', async () => {
    const { gw, templateIds, lines } = state;
    const result = await gw.run(SaeNodesDocument, { ids: templateIds });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node?.id)).toEqual(templateIds);
    expect(profile(gw)).toEqual({ ListJobs: 1 });
    expect(fieldValues(gw)[0]?.split(',').sort()).toEqual(templateIds.map(appIdOf).sort());
    expect(lines).toEqual([]);
  });

  it('template lookups of executions from node(id) share one ListJobs with template lookups', async () => {
    const { gw, templateIds, lines } = state;
    const listed = await gw.run(SaeTemplatesWithExecutionsDocument, { first: 5, executions: 1 });
    const executionIds = arrived(listed.data?.saeJobTemplates?.nodes).flatMap((t) =>
      arrived(t.executions.nodes).map((e) => e.id),
    );
    expect(executionIds.length).toBeGreaterThan(1);
    gw.resetEmulators();
    const result = await gw.run(SaeNodesDocument, { ids: [...executionIds, ...templateIds] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.every((node) => node !== null)).toBe(true);
    expect(profile(gw)).toEqual({ ListJobs: 1, DescribeJobStatus: executionIds.length });
    expect(lines).toEqual([]);
  });
});

describe('SAE lookups batched against a strict SAE (gateway and emulator disagree)', () => {
  const state = useGateway({ config: batching });

  it('nodes(ids: [5 template ids]) still answers every template: the empty batch, then one ListJobs per id, said in one debug line', async () => {
    const { gw, templateIds, lines } = state;
    const result = await gw.run(SaeNodesDocument, { ids: templateIds });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node?.id)).toEqual(templateIds);
    expect(profile(gw)).toEqual({ ListJobs: 1 + 5 });
    const [batch, ...alone] = fieldValues(gw);
    expect(batch?.split(',').sort()).toEqual(templateIds.map(appIdOf).sort());
    expect(alone.sort()).toEqual(templateIds.map(appIdOf).sort());
    expect(lines).toEqual([
      [
        expect.stringMatching(
          /^SAE ListJobs \(FieldType=appIds, 5 ids batched\) lacked 5 of them; looking those up one id per call instance=sae request=\S+$/,
        ),
        'debug',
      ],
    ]);
    // Neither the endpoint nor a credential reaches the line.
    expect(lines[0]?.[0]).not.toMatch(/127\.0\.0\.1|http|jobgraph-emulator/);
  });

  it('an unknown id among known ones is NOT_FOUND after its own call, and the others are answered', async () => {
    const { gw, templateIds } = state;
    const unknown = toGlobalId('SaeJobTemplate', 'sae', ['f7730764-0000-4000-8000-00000000dead']);
    const result = await gw.run(SaeNodesDocument, {
      ids: [templateIds[0] ?? '', unknown, templateIds[1] ?? ''],
    });
    expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['NOT_FOUND', ['nodes', 1]],
    ]);
    expect(result.data?.nodes.map((node) => node?.id ?? null)).toEqual([
      templateIds[0],
      null,
      templateIds[1],
    ]);
    expect(profile(gw)).toEqual({ ListJobs: 1 + 3 });
  });

  it('an appIds listing is answered in full through the per-id fallback', async () => {
    const { gw, templateIds, lines } = state;
    const asked = templateIds.slice(0, 3).map(appIdOf);
    const result = await gw.run(SaeJobTemplatesDocument, { first: 10, filter: { appIds: asked } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.saeJobTemplates?.edges.map((edge) => edge.node?.appId)).toEqual(asked);
    expect(result.data?.saeJobTemplates?.totalCount).toBe(3);
    expect(profile(gw)).toEqual({ ListJobs: 1 + 3 });
    expect(lines.map(([, level]) => level)).toEqual(['debug']);
  });
});
