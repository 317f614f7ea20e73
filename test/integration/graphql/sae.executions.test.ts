import { toGlobalId } from '../../../src/domain/global-id';
import type { SaeJobTemplate } from '../../../src/domain/sae-job';
import type { SaeProvider } from '../../../src/providers/sae/sae.provider';
import {
  SaeExecutionsOfTemplateDocument,
  SaeNodeDocument,
  SaeNodesDocument,
  SaeTemplatesAndExecutionsDocument,
  type SaeExecutionsOfTemplateQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { expectedExecution, expectedTemplate } from './sae-expectations';

/** The executions arguments, besides the template's id. */
type ExecutionsArgs = Omit<SaeExecutionsOfTemplateQueryVariables, 'id'>;

describe('SaeJobTemplate.executions, SaeJobExecution and node refetch', () => {
  let gw: TestGateway;
  let provider: SaeProvider;
  /** A template with a long history of both succeeded and failed runs. */
  let template: SaeJobTemplate;
  let templateId: string;
  const executions = (variables: ExecutionsArgs) =>
    gw.run(SaeExecutionsOfTemplateDocument, { id: templateId, ...variables });

  beforeAll(async () => {
    gw = await startTestGateway();
    provider = (gw.providers.sae[0] as { client: SaeProvider }).client;
    const { items } = await provider.listJobTemplates({}, { currentPage: 1, pageSize: 100 });
    const histories = await Promise.all(
      items.map(async (item) => ({
        item,
        total: (await provider.listJobExecutions(item, { state: '2' }, { currentPage: 1, pageSize: 1 }))
          .totalCount,
      })),
    );
    const chosen = histories
      .filter((entry) => entry.total > 0 && entry.item.appName !== null)
      .sort((a, b) => b.total - a.total)[0];
    if (!chosen) throw new Error('the demo data has templates with failed runs');
    template = chosen.item;
    templateId = toGlobalId('SaeJobTemplate', template.instanceId, [template.appId]);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('answers every documented DescribeJobHistory field plus the JobFields, newest first, named after the template', async () => {
    const result = await executions({ first: 10 });
    expect(result.errors).toBeUndefined();
    expect(gw.calls('sae').map((call) => call.operation)).toEqual(['ListJobs', 'DescribeJobHistory']);
    const upstream = await provider.listJobExecutions(template, {}, { currentPage: 1, pageSize: 10 });
    const connection = result.data?.node?.executions;
    expect(connection?.edges.map((edge) => edge.node)).toEqual(
      upstream.items.map((item) => expectedExecution(item, 'cn-hangzhou')),
    );
    expect(connection?.edges.every((edge) => edge.node?.name === template.appName)).toBe(true);
    expect(connection?.totalCount).toBe(upstream.totalCount);
  });

  it.each<[ExecutionsArgs, string, string]>([
    [{ state: 'FAILED' }, '2', 'FAILED'],
    [{ status: 'SUCCEEDED' }, '1', 'SUCCEEDED'],
    [{ state: 'SUCCEEDED', status: 'SUCCEEDED' }, '1', 'SUCCEEDED'],
  ])('filters %j upstream as State=%s', async (filter, wire, status) => {
    const result = await executions({ first: 20, ...filter });
    const nodes = arrived(result.data?.node?.executions?.edges.map((edge) => edge.node));
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.status === status)).toBe(true);
    expect(gw.calls('sae', 'DescribeJobHistory').map((call) => call.query.State)).toEqual([wire]);
  });

  it.each<[ExecutionsArgs]>([
    [{ status: 'CANCELLED' }],
    [{ status: 'UNKNOWN' }],
    [{ state: 'SUCCEEDED', status: 'FAILED' }],
  ])(
    'answers %j, which no SAE execution can match, with an empty page and no DescribeJobHistory call',
    async (filter) => {
      const result = await executions({ first: 5, ...filter });
      expect(result.data?.node?.executions).toMatchObject({ edges: [], totalCount: 0 });
      expect(gw.calls('sae', 'DescribeJobHistory')).toHaveLength(0);
    },
  );

  it('pages backward from the end: last without before learns the total first', async () => {
    const result = await executions({ last: 3 });
    const upstream = await provider.listJobExecutions(template, {}, { currentPage: 1, pageSize: 10_000 });
    const expected = upstream.items.slice(-3).map((item) => item.jobId);
    expect(result.data?.node?.executions?.edges.map((edge) => edge.node?.jobId)).toEqual(expected);
    expect(result.data?.node?.executions.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: upstream.items.length > 3,
    });
  });

  it('node(id) refetches an execution with DescribeJobStatus and its template with one ListJobs', async () => {
    const [execution] = (await provider.listJobExecutions(template, {}, { currentPage: 1, pageSize: 1 }))
      .items;
    if (!execution) throw new Error('the chosen template has executions');
    gw.resetEmulators();
    const id = toGlobalId('SaeJobExecution', 'sae', [execution.appId, execution.jobId]);
    const result = await gw.run(SaeNodeDocument, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({
      __typename: 'SaeJobExecution',
      ...expectedExecution(execution, 'cn-hangzhou'),
      template: { appId: template.appId, appName: template.appName },
    });
    expect(
      gw
        .calls('sae')
        .map((call) => call.operation)
        .sort(),
    ).toEqual(['DescribeJobStatus', 'ListJobs']);
  });

  it('node(id) refetches a template with one ListJobs (FieldType=appIds)', async () => {
    const result = await gw.run(SaeNodeDocument, { id: templateId });
    expect(result.data?.node).toEqual({
      __typename: 'SaeJobTemplate',
      ...expectedTemplate(template, 'cn-hangzhou'),
    });
    expect(gw.calls('sae').map((call) => [call.operation, call.query.FieldType])).toEqual([
      ['ListJobs', 'appIds'],
    ]);
  });

  it('node(id) is null with NOT_FOUND for templates and executions that do not exist', async () => {
    const ids = [
      toGlobalId('SaeJobTemplate', 'sae', ['00000000-0000-0000-0000-000000000000']),
      toGlobalId('SaeJobExecution', 'sae', [template.appId, 'manual-00000000-0000-0000-0000-000000000000']),
      toGlobalId('SaeJobExecution', 'sae', ['00000000-0000-0000-0000-000000000000', 'manual-x']),
    ];
    const result = await gw.run(SaeNodesDocument, { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes).toEqual([null, null, null]);
  });

  it('node(id) naming an SAE instance that is not configured is BAD_USER_INPUT', async () => {
    const id = toGlobalId('SaeJobTemplate', 'sae-elsewhere', [template.appId]);
    const result = await gw.run(SaeNodeDocument, { id });
    expect(result.data?.node).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toContain('not a jobgraph id');
    expect(gw.calls('sae')).toHaveLength(0);
  });

  it("refuses a cursor of another template's executions", async () => {
    const page = await executions({ first: 2 });
    const cursor = page.data?.node?.executions?.edges[0]?.cursor;
    const { items } = await provider.listJobTemplates({}, { currentPage: 1, pageSize: 2 });
    const another = items.find((item) => item.appId !== template.appId);
    const other = toGlobalId('SaeJobTemplate', 'sae', [another?.appId ?? '']);
    const result = await gw.run(SaeExecutionsOfTemplateDocument, { id: other, first: 2, after: cursor });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('a DescribeJobHistory outage nulls only that template, with UPSTREAM_UNAVAILABLE; the rest of the page arrives', async () => {
    gw.emulators.emulators.sae.addFault({
      operation: 'DescribeJobHistory',
      times: 3,
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'down',
    });
    const result = await gw.run(SaeTemplatesAndExecutionsDocument, { first: 1 });
    expect(result.data?.saeJobTemplates?.nodes).toEqual([null]);
    expect(result.data?.saeJobTemplates?.totalCount).toBeGreaterThan(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['saeJobTemplates', 'nodes', 0, 'executions'],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { provider: 'SAE', operation: 'DescribeJobHistory' },
      },
    });
  });
});
