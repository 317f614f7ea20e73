import fc from 'fast-check';
import { toGlobalId } from '../../../src/domain/global-id';
import type { SaeJobTemplate } from '../../../src/domain/sae-job';
import { SaeExecutionsOfTemplateDocument, SaeJobTemplateIdsDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { checkWalk, pageWindow, walkPageOf, walks } from '../../helpers/paging-walk';
import { withSecondInstance } from '../../helpers/second-instance';

describe('SAE connections: every edge resumes exactly after (or before) itself (fast-check over the emulator)', () => {
  let gw: TestGateway;
  // Two instances over one emulator, and a namespace filter: short lists that cross instances often.
  const filter = { namespaceId: 'cn-hangzhou:prod' };
  let templates: string[];
  let template: SaeJobTemplate;
  let executions: string[];

  beforeAll(async () => {
    gw = await startTestGateway({
      config: withSecondInstance('sae', { id: 'sae-sh', regionId: 'cn-shanghai' }),
    });
    const all = await gw.run(SaeJobTemplateIdsDocument, { first: 100, filter });
    templates = walkPageOf(all.data?.saeJobTemplates).ids.slice();
    expect(new Set(templates.map((id) => id)).size).toBe(templates.length);
    expect(templates.length).toBeLessThan(100);
    const [instance] = gw.providers.sae;
    if (!instance) throw new Error('SAE is configured');
    const { items } = await instance.client.listJobTemplates({}, { currentPage: 1, pageSize: 40 });
    const sized = await Promise.all(
      items.map(async (item) => ({
        item,
        total: (await instance.client.listJobExecutions(item, {}, { currentPage: 1, pageSize: 1 }))
          .totalCount,
      })),
    );
    // A history of a few dozen runs: long enough for many pages, short enough to keep runs fast.
    const chosen =
      sized.filter((entry) => entry.total >= 15 && entry.total <= 60)[0] ??
      sized.sort((a, b) => b.total - a.total)[0];
    if (!chosen) throw new Error('the demo data has templates with executions');
    template = chosen.item;
    const history = await instance.client.listJobExecutions(
      template,
      {},
      { currentPage: 1, pageSize: 10_000 },
    );
    executions = history.items.map((execution) =>
      toGlobalId('SaeJobExecution', execution.instanceId, [execution.appId, execution.jobId]),
    );
  });
  afterAll(() => gw.stop());

  it('saeJobTemplates across two instances, forward and backward, random page sizes, resuming from random edges', async () => {
    expect(templates.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(walks(7), (steps) =>
        checkWalk(templates, steps, async (forward, size, cursor) => {
          const result = await gw.run(SaeJobTemplateIdsDocument, {
            ...pageWindow(forward, size, cursor),
            filter,
          });
          expect(result.errors).toBeUndefined();
          return walkPageOf(result.data?.saeJobTemplates);
        }),
      ),
      { numRuns: 15 },
    );
  });

  it('SaeJobTemplate.executions, forward and backward, random page sizes, resuming from random edges', async () => {
    expect(executions.length).toBeGreaterThan(5);
    const id = toGlobalId('SaeJobTemplate', template.instanceId, [template.appId]);
    await fc.assert(
      fc.asyncProperty(walks(9), (steps) =>
        checkWalk(executions, steps, async (forward, size, cursor) => {
          const result = await gw.run(SaeExecutionsOfTemplateDocument, {
            id,
            ...pageWindow(forward, size, cursor),
          });
          expect(result.errors).toBeUndefined();
          return walkPageOf(result.data?.node?.executions);
        }),
      ),
      { numRuns: 15 },
    );
  });
});
