import { toGlobalId } from '../../../src/domain/global-id';
import {
  GravitinoTenancyJobsDocument,
  GravitinoTenancyMetalakesDocument,
  GravitinoTenancyTemplatesDocument,
  NodeByIdDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { errorShape, useTenancyGateway } from '../../helpers/tenancy-gateway';
import { installDemoTenants } from './tenancy-tenants';

describe('tenancy: Gravitino metalakes, jobs and templates', () => {
  const t = useTenancyGateway({ setup: installDemoTenants });

  const paths = () => t.gw.calls('gravitino').map((call) => call.path);

  it('gravitinoMetalakes lists and counts only granted metalakes, and reads no other', async () => {
    const names = async (tenant: string) => {
      const response = await t.as(tenant, GravitinoTenancyMetalakesDocument, { first: 10 });
      expect(response.errors).toBeUndefined();
      return response.data?.gravitinoMetalakes;
    };
    expect(await names('alpha')).toMatchObject({ totalCount: 1, nodes: [{ name: 'prod_lake' }] });
    expect(paths().every((path) => !/dev_lake|analytics|archive_lake/.test(path))).toBe(true);
    expect(await names('beta')).toMatchObject({
      totalCount: 2,
      nodes: [{ name: 'analytics' }, { name: 'dev_lake' }],
    });
    t.gw.resetEmulators();
    expect(await names('none')).toEqual({ totalCount: 0, nodes: [] });
    expect(await names('blind')).toEqual({ totalCount: 0, nodes: [] });
    expect(paths()).toEqual([]);
    expect((await names('root'))?.totalCount).toBe(4);
  });

  it('a granted metalake: same jobs, totals, status counts and templates as the unlimited tenant sees', async () => {
    const mine = await t.as('alpha', GravitinoTenancyJobsDocument, { metalake: 'prod_lake' });
    const root = await t.as('root', GravitinoTenancyJobsDocument, { metalake: 'prod_lake' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual(root.data);
    expect(mine.data?.gravitinoJobs?.nodes.every((job) => job?.metalake === 'prod_lake')).toBe(true);
  });

  it.each([
    ['gravitinoJobs', GravitinoTenancyJobsDocument],
    ['gravitinoJobTemplates', GravitinoTenancyTemplatesDocument],
  ] as const)(
    '%s of an ungranted metalake is refused exactly like an unconfigured one, with no call',
    async (_field, document) => {
      const ungranted = await t.as('alpha', document, { metalake: 'dev_lake' });
      const unknown = await t.as('alpha', document, { metalake: 'no_such_lake' });
      expect(errorShape(ungranted, ['dev_lake'])).toEqual(errorShape(unknown, ['no_such_lake']));
      expect(Object.values(ungranted.data ?? {})).toEqual([null]);
      expect(paths()).toEqual([]);
      // The owner reads it.
      expect((await t.as('beta', document, { metalake: 'dev_lake' })).errors).toBeUndefined();
    },
  );

  it("node(id) of another tenant's job or template is refused exactly like one of an unconfigured metalake", async () => {
    const theirs = await t.as('beta', GravitinoTenancyJobsDocument, { metalake: 'dev_lake' });
    const job = arrived(theirs.data?.gravitinoJobs?.nodes).find((node) => node.template !== null);
    if (!job?.template) throw new Error('no dev_lake job with a template');
    t.gw.resetEmulators();
    const ghosts = [
      toGlobalId('GravitinoJob', 'gravitino', ['no_such_lake', job.jobId]),
      toGlobalId('GravitinoJobTemplate', 'gravitino', ['no_such_lake', job.template.name]),
    ];
    for (const [refused, ghost] of [
      [job.id, ghosts[0] ?? ''],
      [job.template.id, ghosts[1] ?? ''],
    ] as const) {
      const asAlpha = await t.as('alpha', NodeByIdDocument, { id: refused });
      const asGhost = await t.as('alpha', NodeByIdDocument, { id: ghost });
      expect(asAlpha.data).toEqual({ node: null });
      expect(errorShape(asAlpha, [refused, 'dev_lake'])).toEqual(
        errorShape(asGhost, [ghost, 'no_such_lake']),
      );
    }
    expect(paths()).toEqual([]);
    const missing = await t.as('alpha', NodeByIdDocument, {
      id: toGlobalId('GravitinoJob', 'gravitino', ['prod_lake', 'job-0']),
    });
    expect(errorShape(missing)[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
