import fc from 'fast-check';
import type { PaiJob } from '../../../src/domain/pai-job';
import {
  PaiJobCountDocument,
  PaiJobIdsDocument,
  type PaiJobFilter,
  type PaiJobIdsQuery,
  type PaiJobIdsQueryVariables,
  type PaiJobOrder,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { withSecondInstance } from '../../helpers/second-instance';
import { checkWalk, pageWindow, walkPageOf, walks } from '../../helpers/paging-walk';

/** A job as PaiJobIds lists it. */
type Node = NonNullable<NonNullable<PaiJobIdsQuery['paiJobs']>['edges'][number]['node']>;
type Order = PaiJobOrder | null;

// Four PAI statuses: four ListJobs listings per instance, merged (ListJobs takes one Status per call).
const MERGED: PaiJobFilter = { providerStatuses: ['CREATING', 'BIDDING', 'SANITY_CHECKING', 'STOPPING'] };
const ORDERS: Order[] = [
  null,
  { field: 'DISPLAY_NAME', direction: 'ASC' },
  { field: 'GMT_FINISH_TIME', direction: 'DESC' },
  { field: 'JOB_TYPE', direction: 'DESC' },
  { field: 'STATUS', direction: 'ASC' },
  { field: 'GMT_CREATE_TIME', direction: 'ASC' },
];

describe('paiJobs: every edge resumes exactly after (or before) itself (fast-check over the emulator)', () => {
  let gw: TestGateway;
  const all = async (filter: PaiJobFilter, orderBy: Order): Promise<Node[]> => {
    const result = await gw.run(PaiJobIdsDocument, { first: 100, filter, orderBy });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.paiJobs;
    expect(connection?.pageInfo.hasNextPage).toBe(false);
    return arrived(connection?.edges.map((edge) => edge.node));
  };
  const walk = (filter: PaiJobFilter, orderBy: Order, reference: readonly string[]) =>
    fc.asyncProperty(walks(9), (steps) =>
      checkWalk(reference, steps, async (forward, size, cursor) => {
        const result = await gw.run(PaiJobIdsDocument, {
          ...pageWindow(forward, size, cursor),
          filter,
          orderBy,
        });
        expect(result.errors).toBeUndefined();
        return walkPageOf(result.data?.paiJobs);
      }),
    );

  beforeAll(async () => {
    gw = await startTestGateway({
      config: withSecondInstance('paiDlc', { id: 'pai-sh', regionId: 'cn-shanghai' }),
    });
  });
  afterAll(() => gw.stop());

  it('one listing per instance, across two instances, forward and backward, random page sizes and edges', async () => {
    const filter = { jobType: 'OneFlowJob' };
    const [instance] = gw.providers.paiDlc;
    const listed = await instance?.client.listJobs(
      { jobType: 'OneFlowJob' },
      { pageNumber: 1, pageSize: 100 },
    );
    const ids = (listed?.items ?? []).map((job: PaiJob) => job.jobId);
    const reference = await all(filter, null);
    // The same jobs from each instance, in config order, each instance newest first as PAI lists them.
    expect(reference.map((node) => `${node.instance}/${node.jobId}`)).toEqual([
      ...ids.map((id) => `pai/${id}`),
      ...ids.map((id) => `pai-sh/${id}`),
    ]);
    expect(reference.length).toBeGreaterThan(20);
    await fc.assert(
      walk(
        filter,
        null,
        reference.map((node) => node.id),
      ),
      { numRuns: 15 },
    );
  });

  it('several statuses merged, in every order, forward and backward, random page sizes and edges', async () => {
    const [instance] = gw.providers.paiDlc;
    const expected = new Set<string>();
    for (const status of ['Creating', 'Bidding', 'SanityChecking', 'Stopping'] as const) {
      const page = await instance?.client.listJobs({ status }, { pageNumber: 1, pageSize: 100 });
      for (const job of page?.items ?? []) expected.add(job.jobId);
    }
    for (const orderBy of ORDERS) {
      const reference = await all(MERGED, orderBy);
      // Nothing dropped, nothing twice: each instance lists exactly the union of the four statuses.
      for (const id of ['pai', 'pai-sh']) {
        const own = reference.filter((node) => node.instance === id).map((node) => node.jobId);
        expect(new Set(own)).toEqual(expected);
        expect(own).toHaveLength(expected.size);
      }
      expect(
        inOrder(
          reference.filter((node) => node.instance === 'pai'),
          orderBy,
        ),
      ).toBe(true);
      await fc.assert(
        walk(
          MERGED,
          orderBy,
          reference.map((node) => node.id),
        ),
        { numRuns: 6 },
      );
    }
  });

  it('totalCount sums every instance and status, and agrees with the list', async () => {
    const reference = await all(MERGED, null);
    const result = await gw.run(PaiJobCountDocument, { first: 1, filter: MERGED });
    expect(result.data?.paiJobs?.totalCount).toBe(reference.length);
  });

  it('a tampered, foreign or misplaced cursor is BAD_USER_INPUT, never a silent first page', async () => {
    const page = await gw.run(PaiJobIdsDocument, { first: 2, filter: MERGED });
    const cursor = page.data?.paiJobs?.edges[0]?.cursor ?? '';
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('A') ? 'B' : 'A'}A`;
    for (const variables of [
      { first: 2, after: tampered, filter: MERGED },
      { first: 2, after: cursor, filter: { jobType: 'OneFlowJob' } },
      { first: 2, after: cursor, filter: MERGED, orderBy: { field: 'DISPLAY_NAME', direction: 'ASC' } },
      { last: 2, before: 'not-a-cursor' },
    ] satisfies PaiJobIdsQueryVariables[]) {
      const result = await gw.run(PaiJobIdsDocument, variables);
      expect(result.data?.paiJobs).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('first/last outside 1..100, or both directions at once, is BAD_USER_INPUT naming the argument', async () => {
    for (const [variables, argument] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ last: 0 }, 'last'],
      [{ first: 2, last: 2 }, 'last'],
    ] as const) {
      const result = await gw.run(PaiJobIdsDocument, variables);
      expect(result.data?.paiJobs).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

/** Whether nodes follow `orderBy` as PAI orders them (values compared; missing values last). */
function inOrder(nodes: readonly Node[], orderBy: Order): boolean {
  const field = orderBy?.field ?? 'GMT_CREATE_TIME';
  const sign = (orderBy?.direction ?? 'DESC') === 'ASC' ? 1 : -1;
  const value = (node: Node): string | null =>
    field === 'DISPLAY_NAME'
      ? (node.displayName?.toLowerCase() ?? null)
      : field === 'JOB_TYPE'
        ? node.jobType
        : field === 'STATUS'
          ? node.providerStatus
          : field === 'GMT_FINISH_TIME'
            ? node.gmtFinishTime
            : field === 'GMT_CREATE_TIME'
              ? node.createdAt
              : null;
  return nodes.every((node, i) => {
    const previous = nodes[i - 1];
    if (!previous) return true;
    const [a, b] = [value(previous), value(node)];
    if (a === null || b === null) return b === null;
    return a === b || (a < b ? 1 : -1) === sign;
  });
}
