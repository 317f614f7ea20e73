import fc from 'fast-check';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { gravitinoOperation } from './gravitino-operations';

/**
 * Relay paging over Gravitino's whole lists, property-tested against the emulator: from ANY edge
 * of any page, in either direction, with any page size, the next page is exactly the items that
 * follow (or precede) that edge: no gaps, no duplicates.
 */

interface Page {
  readonly edges: readonly { cursor: string; node: { jobId?: string; name?: string } }[];
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

/** One list to page through: its operation, fixed variables, and where the connection sits. */
interface ListCase {
  readonly label: string;
  readonly operation: string;
  readonly variables: Record<string, unknown>;
  readonly read: (data: Record<string, unknown>) => Page;
  readonly key: (node: Page['edges'][number]['node']) => string;
}

const jobs = (label: string, variables: Record<string, unknown>): ListCase => ({
  label,
  operation: gravitinoOperation('GravitinoJobsPage'),
  variables,
  read: (data) => data.gravitinoJobs as Page,
  key: (node) => node.jobId ?? '',
});

const CASES: readonly ListCase[] = [
  jobs('all jobs of dev_lake', { metalake: 'dev_lake' }),
  jobs('finished jobs of dev_lake', {
    metalake: 'dev_lake',
    filter: { statuses: ['SUCCEEDED', 'FAILED', 'CANCELLED'] },
  }),
  jobs('dev_lake by start time, oldest first', {
    metalake: 'dev_lake',
    orderBy: { field: 'STARTED_AT', direction: 'ASC' },
  }),
  {
    label: 'templates of prod_lake',
    operation: gravitinoOperation('GravitinoJobTemplatesPage'),
    variables: { metalake: 'prod_lake' },
    read: (data) => data.gravitinoJobTemplates as Page,
    key: (node) => node.name ?? '',
  },
];

/** One step: a direction, a page size, and which edge of the returned page to resume from. */
const step = fc.record({ forward: fc.boolean(), size: fc.integer({ min: 1, max: 9 }), pick: fc.nat() });

describe('Gravitino paging property', () => {
  let gw: TestGateway;
  const truths = new Map<string, string[]>();

  const fetchPage = async (list: ListCase, variables: Record<string, unknown>): Promise<Page> => {
    const response = await gw.query(list.operation, { ...list.variables, ...variables });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return list.read(response.data as Record<string, unknown>);
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    for (const list of CASES) {
      const all = await fetchPage(list, { first: 100 });
      expect(all.pageInfo.hasNextPage).toBe(false);
      truths.set(
        list.label,
        all.edges.map((edge) => list.key(edge.node)),
      );
    }
  });
  afterAll(() => gw.stop());

  it('every list has enough items to page through', () => {
    for (const list of CASES) expect(truths.get(list.label)?.length).toBeGreaterThan(8);
  });

  it.each(CASES.map((list) => [list.label, list] as const))(
    '%s: any cursor resumes exactly after (or before) its edge, whatever the page sizes',
    async (_label, list) => {
      const truth = truths.get(list.label) ?? [];
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
          // Position of the edge whose cursor we hold: null before the first page.
          let at: { index: number; cursor: string } | null = null;
          for (const { forward, size, pick } of steps) {
            const page = await fetchPage(
              list,
              forward
                ? { first: size, after: at?.cursor ?? null }
                : { last: size, before: at?.cursor ?? null },
            );
            const from: number = forward
              ? at
                ? at.index + 1
                : 0
              : Math.max(0, (at ? at.index : truth.length) - size);
            const to: number = forward ? Math.min(truth.length, from + size) : at ? at.index : truth.length;
            expect(page.edges.map((edge) => list.key(edge.node))).toEqual(truth.slice(from, to));
            if (forward) expect(page.pageInfo.hasNextPage).toBe(to < truth.length);
            else expect(page.pageInfo.hasPreviousPage).toBe(from > 0);
            if (page.edges.length === 0) return;
            const offset = pick % page.edges.length;
            at = { index: from + offset, cursor: page.edges[offset]!.cursor };
          }
        }),
        { numRuns: 15 },
      );
    },
  );
});
