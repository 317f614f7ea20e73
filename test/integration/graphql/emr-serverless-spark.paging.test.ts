import fc from 'fast-check';
import { toGlobalId } from '../../../src/domain/global-id';
import type { EmrJobRunFilter } from '../../../src/domain/job-run-filter';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { checkForwardWalk, forwardWalks } from '../../helpers/forward-paging-walk';
import { walkPageOf } from '../../helpers/paging-walk';
import {
  EmrJobRunIdsDocument,
  EmrWorkspaceIdsDocument,
  type JobStatus,
} from '../../__generated__/operations';

describe('EMR connections: every edge resumes exactly after itself (fast-check over the emulator)', () => {
  let gw: TestGateway;
  /** Every workspace of the seven demo instances (two of them empty), in config order. */
  let workspaces: string[];
  /** A workspace with a short filtered run list, and a long unfiltered one. */
  let shortList: { workspace: string; filter: { statuses: JobStatus[] }; runs: string[] };
  let longList: { workspace: string; runs: string[] };

  beforeAll(async () => {
    gw = await startTestGateway();
    workspaces = [];
    const lists: {
      workspace: string;
      wire: EmrJobRunFilter;
      filter: { statuses: JobStatus[] };
      runs: string[];
      total: number;
    }[] = [];
    for (const instance of gw.providers.emrServerlessSpark) {
      const { items } = await instance.client.listWorkspaces({}, { maxResults: 100 });
      for (const workspace of items) {
        const id = toGlobalId('Workspace', instance.id, [workspace.workspaceId]);
        workspaces.push(id);
        for (const [wire, filter] of [
          [{}, { statuses: [] }],
          [{ states: ['Failed'] }, { statuses: ['FAILED'] }],
        ] as const) {
          const page = await instance.client.listJobRuns(workspace.workspaceId, wire, { maxResults: 100 });
          const runs = page.items.map((run) =>
            toGlobalId('JobRun', instance.id, [run.workspaceId, run.jobRunId]),
          );
          lists.push({
            workspace: id,
            wire,
            filter: { statuses: [...filter.statuses] },
            runs,
            total: page.totalCount ?? 0,
          });
        }
      }
    }
    const short = lists.find((list) => list.wire.states && list.total >= 8 && list.total <= 40);
    const long = lists.find((list) => !list.wire.states && list.total > 100);
    if (!short || !long) throw new Error('the demo data has short and long run lists');
    shortList = { workspace: short.workspace, filter: short.filter, runs: short.runs };
    longList = { workspace: long.workspace, runs: long.runs };
  });
  afterAll(() => gw.stop());

  it('workspaces across seven instances, random page sizes, resuming from random edges', async () => {
    await fc.assert(
      fc.asyncProperty(forwardWalks(5), (steps) =>
        checkForwardWalk(workspaces, true, steps, async (first, after) => {
          const result = await gw.run(EmrWorkspaceIdsDocument, { first, after });
          expect(result.errors).toBeUndefined();
          return walkPageOf(result.data?.workspaces);
        }),
      ),
      { numRuns: 15 },
    );
  });

  it.each([
    [
      'a short filtered list, to its end',
      () => ({ id: shortList.workspace, filter: shortList.filter, runs: shortList.runs, complete: true }),
    ],
    [
      'a long list, across upstream pages',
      () => ({ id: longList.workspace, filter: null, runs: longList.runs, complete: false }),
    ],
  ])('Workspace.jobRuns over %s, random page sizes, resuming from random edges', async (_name, list) => {
    const { id, filter, runs, complete } = list();
    await fc.assert(
      fc.asyncProperty(forwardWalks(9), (steps) =>
        checkForwardWalk(runs, complete, steps, async (first, after) => {
          const result = await gw.run(EmrJobRunIdsDocument, { id, first, after, filter });
          expect(result.errors).toBeUndefined();
          return walkPageOf(result.data?.node?.jobRuns);
        }),
      ),
      { numRuns: 15 },
    );
  });
});
