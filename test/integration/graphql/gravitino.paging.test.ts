import fc from 'fast-check';
import {
  GravitinoJobsPageDocument,
  GravitinoJobTemplatesPageDocument,
  type GravitinoJobsPageQueryVariables,
} from '../../__generated__/operations';
import type { GravitinoServerVersion } from '../../../src/emulators/gravitino/gravitino.wire';
import { GRAVITINO_VERSIONS, startGravitinoTestGateway } from '../../helpers/gravitino-versions';
import { keyedWalkPageOf, pageWindow, type WalkPage } from '../../helpers/paging-walk';
import type { TestGateway } from '../../helpers/test-gateway';

/**
 * Relay paging over Gravitino's whole lists, property-tested against the emulator of each
 * version: from ANY edge of any page, in either direction, with any page size, the next page is
 * exactly the items that follow (or precede) that edge: no gaps, no duplicates. Against 1.3.0 the
 * gateway sorts the list itself, so its order must be as stable across requests as main's.
 */

/** The paging arguments of one request: `first` alone, or a window from `pageWindow`. */
type PageArgs = { readonly first: number } | ReturnType<typeof pageWindow>;

/** One list to page through: a page of it, its items keyed by job id or template name. */
interface ListCase {
  readonly label: string;
  readonly fetch: (gw: TestGateway, args: PageArgs) => Promise<WalkPage>;
}

/** A failed page fails the property with the errors that came back. */
function answered<T>(response: {
  readonly data?: T | null;
  readonly errors?: unknown;
}): T | null | undefined {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const jobs = (label: string, variables: GravitinoJobsPageQueryVariables): ListCase => ({
  label,
  fetch: async (gw, args) => {
    const data = answered(await gw.run(GravitinoJobsPageDocument, { ...variables, ...args }));
    return keyedWalkPageOf(data?.gravitinoJobs, (node) => node.jobId);
  },
});

/** The lists each version can answer: sorting by start time needs the job times only main reports. */
const casesFor = (version: GravitinoServerVersion): readonly ListCase[] => [
  jobs('all jobs of dev_lake', { metalake: 'dev_lake' }),
  jobs('finished jobs of dev_lake', {
    metalake: 'dev_lake',
    filter: { statuses: ['SUCCEEDED', 'FAILED', 'CANCELLED'] },
  }),
  jobs('dev_lake, oldest queued first', { metalake: 'dev_lake', orderBy: { direction: 'ASC' } }),
  ...(version === 'main'
    ? [
        jobs('dev_lake by start time, oldest first', {
          metalake: 'dev_lake',
          orderBy: { field: 'STARTED_AT', direction: 'ASC' },
        }),
      ]
    : []),
  {
    label: 'templates of prod_lake',
    fetch: async (gw, args) => {
      const data = answered(
        await gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'prod_lake', ...args }),
      );
      return keyedWalkPageOf(data?.gravitinoJobTemplates, (node) => node.name);
    },
  },
];

/** One step: a direction, a page size, and which edge of the returned page to resume from. */
const step = fc.record({ forward: fc.boolean(), size: fc.integer({ min: 1, max: 9 }), pick: fc.nat() });

describe.each(GRAVITINO_VERSIONS)('Gravitino %s paging property', (version) => {
  const CASES = casesFor(version);
  let gw: TestGateway;
  const truths = new Map<string, string[]>();

  const fetchPage = (list: ListCase, args: PageArgs): Promise<WalkPage> => list.fetch(gw, args);

  beforeAll(async () => {
    gw = await startGravitinoTestGateway(version);
    for (const list of CASES) {
      const all = await fetchPage(list, { first: 100 });
      expect(all.hasNextPage).toBe(false);
      truths.set(list.label, [...all.ids]);
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
            const page = await fetchPage(list, pageWindow(forward, size, at?.cursor ?? null));
            const from: number = forward
              ? at
                ? at.index + 1
                : 0
              : Math.max(0, (at ? at.index : truth.length) - size);
            const to: number = forward ? Math.min(truth.length, from + size) : at ? at.index : truth.length;
            expect(page.ids).toEqual(truth.slice(from, to));
            if (forward) expect(page.hasNextPage).toBe(to < truth.length);
            else expect(page.hasPreviousPage).toBe(from > 0);
            if (page.ids.length === 0) return;
            const offset = pick % page.ids.length;
            at = { index: from + offset, cursor: page.cursors[offset]! };
          }
        }),
        { numRuns: 15 },
      );
    },
  );
});
