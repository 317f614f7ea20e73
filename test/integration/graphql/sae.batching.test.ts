import { fromGlobalId } from '../../../src/domain/global-id';
import {
  SaeJobTemplateIdsDocument,
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

describe('SAE batching and dedupe (exact upstream calls)', () => {
  let gw: TestGateway;
  let templateIds: string[];

  beforeAll(async () => {
    gw = await startTestGateway();
    const page = await gw.run(SaeJobTemplateIdsDocument, {
      first: 5,
      filter: { namespaceId: 'cn-hangzhou:prod' },
    });
    templateIds = arrived(page.data?.saeJobTemplates?.edges.map((edge) => edge.node)).map((node) => node.id);
    expect(templateIds).toHaveLength(5);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('nodes(ids: [5 SaeJobTemplate ids]) is exactly one ListJobs with FieldType=appIds', async () => {
    const result = await gw.run(SaeNodesDocument, { ids: templateIds });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node?.id)).toEqual(templateIds);
    expect(profile(gw)).toEqual({ ListJobs: 1 });
    const [call] = gw.calls('sae', 'ListJobs');
    expect(call?.query.FieldType).toBe('appIds');
    expect(call?.query.FieldValue?.split(',')).toHaveLength(5);
  });

  it("saeJobTemplates(first: 5) with executions(first: 3) and each execution's template = 1 ListJobs + 5 DescribeJobHistory", async () => {
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
    const result = await gw.run(SaeSamePageTwiceDocument);
    expect(result.errors).toBeUndefined();
    expect(profile(gw)).toEqual({ ListJobs: 1 });
  });

  it('template lookups of executions from node(id) share one ListJobs with template lookups', async () => {
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
  });
});
