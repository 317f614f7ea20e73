import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListJobsResponseBody } from '../../../../src/providers/sae/sae.dto';
import { toSaeJobExecution, toSaeJobTemplate } from '../../../../src/providers/sae/sae.mapper';
import { epochSeconds } from '../../../../src/providers/sae/sae-wire-values';

const docExample = JSON.parse(
  readFileSync(join(__dirname, '../../../fixtures/sae/list-jobs.doc-example.json'), 'utf8'),
) as ListJobsResponseBody;
/** The seed page's own template: LastStartTime 1657522800, CompletionTime 1657522839 (epoch seconds). */
const documented = docExample.Data.Applications[0]!;

describe('SAE times are epoch seconds', () => {
  it.each([
    [1657522800, 1657522800000],
    ['1657522839', 1657522839000],
    [1657522800.9, 1657522800000],
    [0, null],
    [-5, null],
    [undefined, null],
    ['', null],
    ['soon', null],
  ])('%j seconds → %j ms', (value, millis) => {
    expect(epochSeconds(value)).toEqual({ millis });
  });

  it.each([1657522800000, '1657522800000', 1e11])(
    'refuses %j: only milliseconds explain it (as seconds it is past the year 5000)',
    (value) => {
      expect(epochSeconds(value)).toEqual({ refused: 'milliseconds' });
    },
  );

  it('a template sent with millisecond times keeps every other field; those times are null and reported', () => {
    const refused = jest.fn();
    const sent = { ...documented, LastStartTime: 1657522800000, CompletionTime: 1657522839000 };
    const template = toSaeJobTemplate(sent, 'hz', refused);
    expect(template).toEqual({
      ...toSaeJobTemplate(documented, 'hz'),
      lastStartTime: null,
      completionTime: null,
    });
    expect(toSaeJobTemplate(documented, 'hz').lastStartTime).toBe(1657522800000);
    expect(refused.mock.calls).toEqual([
      ['LastStartTime', 1657522800000],
      ['CompletionTime', 1657522839000],
    ]);
  });

  it('an execution sent with a millisecond StartTime has no start (nor a duration), and it is reported', () => {
    const refused = jest.fn();
    const execution = toSaeJobExecution(
      { JobId: 'manual-1', State: '1', StartTime: 1657522800000, CompletionTime: 1657522839 },
      { appId: documented.AppId, appName: documented.AppName ?? null },
      'hz',
      refused,
    );
    expect(execution).toMatchObject({
      createdAt: null,
      startedAt: null,
      startTime: null,
      finishedAt: 1657522839000,
      completionTime: 1657522839000,
      durationMs: null,
      status: 'SUCCEEDED',
      jobId: 'manual-1',
    });
    expect(refused.mock.calls).toEqual([['StartTime', 1657522800000]]);
  });
});
