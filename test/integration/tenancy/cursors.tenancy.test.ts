import { toGlobalId } from '../../../src/domain/global-id';
import { startTenancyGateway, type TenancyGateway } from './tenancy-fixture';
import { installDemoTenants, type DemoObjects } from './tenancy-tenants';

/** One connection kind: a query taking `$after` (or `$before`), and where its endCursor (startCursor) is. */
interface ConnectionCase {
  readonly name: string;
  readonly query: (demo: DemoObjects) => { query: string; variables?: Record<string, unknown> };
  readonly cursor: (data: Record<string, unknown>) => unknown;
  readonly argument?: 'after' | 'before';
}

const PAGE = 'pageInfo { startCursor endCursor }';
const dig = (data: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key],
    data,
  );

const CASES: readonly ConnectionCase[] = [
  {
    name: 'workspaces',
    query: () => ({ query: `query($after: String) { workspaces(first: 1, after: $after) { ${PAGE} } }` }),
    cursor: (data) => dig(data, 'workspaces', 'pageInfo', 'endCursor'),
  },
  {
    name: 'Workspace.jobRuns',
    query: (demo) => ({
      query: `query($id: ID!, $after: String) { node(id: $id) { ... on Workspace { jobRuns(first: 1, after: $after) { ${PAGE} } } } }`,
      variables: { id: toGlobalId('Workspace', 'emr-cn-hangzhou', [demo.hangzhouWorkspaces[1]]) },
    }),
    cursor: (data) => dig(data, 'node', 'jobRuns', 'pageInfo', 'endCursor'),
  },
  {
    name: 'paiJobs (after)',
    query: () => ({ query: `query($after: String) { paiJobs(first: 1, after: $after) { ${PAGE} } }` }),
    cursor: (data) => dig(data, 'paiJobs', 'pageInfo', 'endCursor'),
  },
  {
    name: 'paiJobs (before)',
    argument: 'before',
    query: () => ({ query: `query($before: String) { paiJobs(last: 1, before: $before) { ${PAGE} } }` }),
    cursor: (data) => dig(data, 'paiJobs', 'pageInfo', 'startCursor'),
  },
  {
    name: 'saeJobTemplates',
    query: () => ({
      query: `query($after: String) { saeJobTemplates(first: 1, after: $after) { ${PAGE} } }`,
    }),
    cursor: (data) => dig(data, 'saeJobTemplates', 'pageInfo', 'endCursor'),
  },
  {
    name: 'SaeJobTemplate.executions',
    query: () => ({
      query: `query($after: String) { saeJobTemplates(first: 1) { nodes { executions(first: 1, after: $after) { ${PAGE} } } } }`,
    }),
    cursor: (data) => dig(data, 'saeJobTemplates', 'nodes', 0, 'executions', 'pageInfo', 'endCursor'),
  },
  {
    name: 'gravitinoJobs',
    query: () => ({
      query: `query($after: String) { gravitinoJobs(metalake: "prod_lake", first: 1, after: $after) { ${PAGE} } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoJobs', 'pageInfo', 'endCursor'),
  },
  {
    name: 'gravitinoJobTemplates',
    query: () => ({
      query: `query($after: String) { gravitinoJobTemplates(metalake: "prod_lake", first: 1, after: $after) { ${PAGE} } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoJobTemplates', 'pageInfo', 'endCursor'),
  },
  {
    name: 'GravitinoJobTemplate.jobs',
    query: () => ({
      query: `query($after: String) { gravitinoJobTemplates(metalake: "prod_lake", first: 1) { nodes { jobs(first: 1, after: $after) { ${PAGE} } } } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoJobTemplates', 'nodes', 0, 'jobs', 'pageInfo', 'endCursor'),
  },
  {
    name: 'gravitinoMetalakes',
    query: () => ({
      query: `query($after: String) { gravitinoMetalakes(first: 1, after: $after) { ${PAGE} } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoMetalakes', 'pageInfo', 'endCursor'),
  },
  {
    name: 'GravitinoMetalake.jobs',
    query: () => ({
      query: `query($after: String) { gravitinoMetalakes(first: 1) { nodes { jobs(first: 1, after: $after) { ${PAGE} } } } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoMetalakes', 'nodes', 0, 'jobs', 'pageInfo', 'endCursor'),
  },
  {
    name: 'GravitinoMetalake.jobTemplates',
    query: () => ({
      query: `query($after: String) { gravitinoMetalakes(first: 1) { nodes { jobTemplates(first: 1, after: $after) { ${PAGE} } } } }`,
    }),
    cursor: (data) => dig(data, 'gravitinoMetalakes', 'nodes', 0, 'jobTemplates', 'pageInfo', 'endCursor'),
  },
  {
    name: 'jobs',
    query: () => ({ query: `query($after: String) { jobs(first: 1, after: $after) { ${PAGE} } }` }),
    cursor: (data) => dig(data, 'jobs', 'pageInfo', 'endCursor'),
  },
];

describe('tenancy: a cursor works only for the tenant it was issued to', () => {
  let t: TenancyGateway;
  let demo: DemoObjects;

  beforeAll(async () => {
    t = await startTenancyGateway();
    demo = await installDemoTenants(t);
  });
  afterAll(async () => {
    await t.gw.stop();
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))(
    "%s: another tenant's cursor is BAD_USER_INPUT, even with the same grants; the issuer resumes with it",
    async (_name, entry) => {
      const { query, variables = {} } = entry.query(demo);
      const argument = entry.argument ?? 'after';
      const issued = await t.as('root', query, variables);
      expect(issued.errors).toBeUndefined();
      const cursor = entry.cursor(issued.data ?? {});
      expect(typeof cursor).toBe('string');
      const resumed = await t.as('root', query, { ...variables, [argument]: cursor });
      expect(resumed.errors).toBeUndefined();
      // Same grants, same parents: only the tenant differs.
      for (const stranger of ['twin', undefined]) {
        const refused = await t.as(stranger, query, { ...variables, [argument]: cursor });
        expect(refused.errors?.map((error) => error.extensions?.code)).toContain('BAD_USER_INPUT');
        expect(refused.errors?.every((error) => error.extensions?.argument === argument)).toBe(true);
      }
    },
  );
});
