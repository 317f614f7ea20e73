import { toGlobalId } from '../../../src/domain/global-id';
import {
  EmrJobRunCursorsDocument,
  EmrWorkspaceCursorsDocument,
  GravitinoJobCursorsDocument,
  GravitinoJobTemplateCursorsDocument,
  GravitinoMetalakeCursorsDocument,
  GravitinoMetalakeJobCursorsDocument,
  GravitinoMetalakeTemplateCursorsDocument,
  GravitinoTemplateJobCursorsDocument,
  JobCursorsDocument,
  PaiJobCursorsBackwardDocument,
  PaiJobCursorsForwardDocument,
  SaeExecutionCursorsDocument,
  SaeJobTemplateCursorsDocument,
} from '../../__generated__/operations';
import { useTenancyGateway, type TenancySuite } from '../../helpers/tenancy-gateway';
import type { GraphQLTestResponse } from '../../helpers/test-gateway';
import { installDemoTenants, type DemoObjects } from './tenancy-tenants';

/** A cursor a page issued, or the one it was sent. */
type Cursor = string | null | undefined;
/** The gateway, with the demo tenants installed. */
type DemoTenancy = TenancySuite<DemoObjects>;

/** One connection kind: a page of it as a tenant, resumed from a cursor, and the cursor it issued. */
interface ConnectionCase {
  readonly name: string;
  /** Where the cursor goes: `after` (the page's endCursor) or `before` (its startCursor). */
  readonly argument: 'after' | 'before';
  readonly page: (
    t: DemoTenancy,
    tenant: string | undefined,
    cursor: Cursor,
  ) => Promise<{ readonly errors: GraphQLTestResponse['errors']; readonly cursor: Cursor }>;
}

/** A connection case from the page it sends and where its endCursor (startCursor) is. */
function connection<R>(
  name: string,
  send: (t: DemoTenancy, tenant: string | undefined, cursor: Cursor) => Promise<GraphQLTestResponse<R>>,
  cursorOf: (data: R | null | undefined) => Cursor,
  argument: 'after' | 'before' = 'after',
): ConnectionCase {
  return {
    name,
    argument,
    page: async (t, tenant, cursor) => {
      const response = await send(t, tenant, cursor);
      return { errors: response.errors, cursor: cursorOf(response.data) };
    },
  };
}

const CASES: readonly ConnectionCase[] = [
  connection(
    'workspaces',
    (t, tenant, after) => t.as(tenant, EmrWorkspaceCursorsDocument, { after }),
    (data) => data?.workspaces?.pageInfo.endCursor,
  ),
  connection(
    'Workspace.jobRuns',
    (t, tenant, after) =>
      t.as(tenant, EmrJobRunCursorsDocument, {
        id: toGlobalId('Workspace', 'emr-cn-hangzhou', [t.fixture.hangzhouWorkspaces[1]]),
        after,
      }),
    (data) => data?.node?.jobRuns?.pageInfo.endCursor,
  ),
  connection(
    'paiJobs (after)',
    (t, tenant, after) => t.as(tenant, PaiJobCursorsForwardDocument, { after }),
    (data) => data?.paiJobs?.pageInfo.endCursor,
  ),
  connection(
    'paiJobs (before)',
    (t, tenant, before) => t.as(tenant, PaiJobCursorsBackwardDocument, { before }),
    (data) => data?.paiJobs?.pageInfo.startCursor,
    'before',
  ),
  connection(
    'saeJobTemplates',
    (t, tenant, after) => t.as(tenant, SaeJobTemplateCursorsDocument, { after }),
    (data) => data?.saeJobTemplates?.pageInfo.endCursor,
  ),
  connection(
    'SaeJobTemplate.executions',
    (t, tenant, after) => t.as(tenant, SaeExecutionCursorsDocument, { after }),
    (data) => data?.saeJobTemplates?.nodes[0]?.executions.pageInfo.endCursor,
  ),
  connection(
    'gravitinoJobs',
    (t, tenant, after) => t.as(tenant, GravitinoJobCursorsDocument, { after }),
    (data) => data?.gravitinoJobs?.pageInfo.endCursor,
  ),
  connection(
    'gravitinoJobTemplates',
    (t, tenant, after) => t.as(tenant, GravitinoJobTemplateCursorsDocument, { after }),
    (data) => data?.gravitinoJobTemplates?.pageInfo.endCursor,
  ),
  connection(
    'GravitinoJobTemplate.jobs',
    (t, tenant, after) => t.as(tenant, GravitinoTemplateJobCursorsDocument, { after }),
    (data) => data?.gravitinoJobTemplates?.nodes[0]?.jobs.pageInfo.endCursor,
  ),
  connection(
    'gravitinoMetalakes',
    (t, tenant, after) => t.as(tenant, GravitinoMetalakeCursorsDocument, { after }),
    (data) => data?.gravitinoMetalakes?.pageInfo.endCursor,
  ),
  connection(
    'GravitinoMetalake.jobs',
    (t, tenant, after) => t.as(tenant, GravitinoMetalakeJobCursorsDocument, { after }),
    (data) => data?.gravitinoMetalakes?.nodes[0]?.jobs.pageInfo.endCursor,
  ),
  connection(
    'GravitinoMetalake.jobTemplates',
    (t, tenant, after) => t.as(tenant, GravitinoMetalakeTemplateCursorsDocument, { after }),
    (data) => data?.gravitinoMetalakes?.nodes[0]?.jobTemplates.pageInfo.endCursor,
  ),
  connection(
    'jobs',
    (t, tenant, after) => t.as(tenant, JobCursorsDocument, { after }),
    (data) => data?.jobs?.pageInfo.endCursor,
  ),
];

describe('tenancy: a cursor works only for the tenant it was issued to', () => {
  const t = useTenancyGateway({ setup: installDemoTenants });

  it.each(CASES.map((entry) => [entry.name, entry] as const))(
    "%s: another tenant's cursor is BAD_USER_INPUT, even with the same grants; the issuer resumes with it",
    async (_name, entry) => {
      const page = (tenant: string | undefined, cursor?: Cursor) => entry.page(t, tenant, cursor);
      const argument = entry.argument;
      const issued = await page('root');
      expect(issued.errors).toBeUndefined();
      const { cursor } = issued;
      expect(typeof cursor).toBe('string');
      const resumed = await page('root', cursor);
      expect(resumed.errors).toBeUndefined();
      // Same grants, same parents: only the tenant differs.
      for (const stranger of ['twin', undefined]) {
        const refused = await page(stranger, cursor);
        expect(refused.errors?.map((error) => error.extensions?.code)).toContain('BAD_USER_INPUT');
        expect(refused.errors?.every((error) => error.extensions?.argument === argument)).toBe(true);
      }
    },
  );
});
