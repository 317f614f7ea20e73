import type { SaeJobTemplate } from '../../../../src/domain/sae-job';
import type { LogLevel } from '../../../../src/errors/log-sink';
import { UpstreamError } from '../../../../src/errors/upstream.error';
import { lookUpSaeTemplates } from '../../../../src/providers/sae/sae-template-lookup';

const template = (appId: string): SaeJobTemplate => ({ provider: 'SAE', appId }) as SaeJobTemplate;

const failure = (classification: 'NOT_FOUND' | 'UPSTREAM_UNAVAILABLE') =>
  new UpstreamError({
    classification,
    provider: 'SAE',
    operation: 'ListJobs',
    code: classification === 'NOT_FOUND' ? 'InvalidAppId.NotFound' : null,
    requestId: null,
    retryable: classification !== 'NOT_FOUND',
    message: 'SAE failed.',
  });

/**
 * A fake ListJobs over templates `known`, reading FieldValue as SAE might: `strict` one value
 * (a joined value names no template), `comma-list` the ids joined by commas, `not-found` strict
 * but answering an unknown AppId with 404 InvalidAppId.NotFound. Counts calls and concurrency.
 */
function fakeSae(known: readonly string[], reading: 'strict' | 'comma-list' | 'not-found') {
  const calls: string[][] = [];
  const failing = new Map<string, UpstreamError>();
  let inFlight = 0;
  let mostInFlight = 0;
  const listByIds = async (ids: readonly string[]) => {
    calls.push([...ids]);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight--;
    const failed = ids.length === 1 ? failing.get(ids[0] as string) : undefined;
    if (failed) throw failed;
    const named = reading === 'comma-list' ? ids : [ids.join(',')];
    if (reading === 'not-found' && named.some((id) => !known.includes(id))) throw failure('NOT_FOUND');
    return named.filter((id) => known.includes(id)).map(template);
  };
  return { calls, failing, listByIds, mostInFlight: () => mostInFlight };
}

function logSpy() {
  const lines: [string, LogLevel | undefined][] = [];
  return { lines, log: (line: string, level?: LogLevel) => void lines.push([line, level]) };
}

const answers = (found: Map<string, unknown>, ids: readonly string[]) =>
  ids.map((id) => {
    const slot = found.get(id);
    return slot instanceof UpstreamError ? slot.code : ((slot as SaeJobTemplate | null)?.appId ?? null);
  });

describe('SAE template lookups by AppId', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('one id per call by default: a call per id, no batching, nothing logged', async () => {
    const sae = fakeSae(['a', 'b', 'c', 'd', 'e'], 'strict');
    const { lines, log } = logSpy();
    const found = await lookUpSaeTemplates(ids, sae.listByIds, { instanceId: 'hz', batch: false, log });
    expect(answers(found, ids)).toEqual(ids);
    expect(sae.calls).toEqual(ids.map((id) => [id]));
    expect(lines).toEqual([]);
  });

  it('one id per call: an unknown id and a NOT_FOUND answer are null, another failure fills only its slot', async () => {
    const sae = fakeSae(['a', 'b', 'c'], 'not-found');
    sae.failing.set('c', failure('UPSTREAM_UNAVAILABLE'));
    const found = await lookUpSaeTemplates(['a', 'x', 'c', 'b'], sae.listByIds, {
      instanceId: 'hz',
      batch: false,
      log: () => undefined,
    });
    expect(answers(found, ['a', 'x', 'c', 'b'])).toEqual(['a', null, 'UPSTREAM_UNAVAILABLE', 'b']);
  });

  it('one id per call keeps at most 8 calls in flight', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `id-${i}`);
    const sae = fakeSae(many, 'strict');
    const found = await lookUpSaeTemplates(many, sae.listByIds, {
      instanceId: 'hz',
      batch: false,
      log: () => undefined,
    });
    expect(answers(found, many)).toEqual(many);
    expect(sae.calls).toHaveLength(30);
    expect(sae.mostInFlight()).toBe(8);
  });

  it('batching against a comma-list server: one call for every id, no fallback, nothing logged', async () => {
    const sae = fakeSae(ids, 'comma-list');
    const { lines, log } = logSpy();
    const found = await lookUpSaeTemplates(ids, sae.listByIds, { instanceId: 'hz', batch: true, log });
    expect(answers(found, ids)).toEqual(ids);
    expect(sae.calls).toEqual([ids]);
    expect(lines).toEqual([]);
  });

  it('batching against a strict server: the empty batch falls back to one call per id, said at debug level', async () => {
    const sae = fakeSae(ids, 'strict');
    const { lines, log } = logSpy();
    const found = await lookUpSaeTemplates(ids, sae.listByIds, { instanceId: 'hz', batch: true, log });
    expect(answers(found, ids)).toEqual(ids);
    expect(sae.calls).toEqual([ids, ...ids.map((id) => [id])]);
    expect(lines).toEqual([
      [
        'SAE ListJobs (FieldType=appIds, 5 ids batched) lacked 5 of them; looking those up one id per call instance=hz request=-',
        'debug',
      ],
    ]);
  });

  it('batching: an id the batch lacks because it does not exist costs one more call, which settles it as null', async () => {
    const sae = fakeSae(['a', 'b', 'd', 'e'], 'comma-list');
    const { lines, log } = logSpy();
    const found = await lookUpSaeTemplates(ids, sae.listByIds, { instanceId: 'hz', batch: true, log });
    expect(answers(found, ids)).toEqual(['a', 'b', null, 'd', 'e']);
    expect(sae.calls).toEqual([ids, ['c']]);
    expect(lines.map(([line]) => line)).toEqual([expect.stringContaining('lacked 1 of them')]);
  });

  it('batching against a server that answers the joined value NOT_FOUND: each id settles on its own call', async () => {
    const sae = fakeSae(['a', 'b', 'c', 'd'], 'not-found');
    const found = await lookUpSaeTemplates(ids, sae.listByIds, {
      instanceId: 'hz',
      batch: true,
      log: () => undefined,
    });
    expect(answers(found, ids)).toEqual(['a', 'b', 'c', 'd', null]);
    expect(sae.calls).toHaveLength(1 + ids.length);
  });

  it('batching: a failed batch fails its own ids without a fallback; a batch of one id is final', async () => {
    const sae = fakeSae(ids, 'strict');
    const down = failure('UPSTREAM_UNAVAILABLE');
    const failed = await lookUpSaeTemplates(
      ['a', 'b'],
      async () => {
        throw down;
      },
      { instanceId: 'hz', batch: true, log: () => undefined },
    );
    expect(answers(failed, ['a', 'b'])).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    const { lines, log } = logSpy();
    const one = await lookUpSaeTemplates(['x'], sae.listByIds, { instanceId: 'hz', batch: true, log });
    expect(answers(one, ['x'])).toEqual([null]);
    expect(sae.calls).toEqual([['x']]);
    expect(lines).toEqual([]);
  });

  it('batching splits past 200 ids: one call per 200', async () => {
    const many = Array.from({ length: 450 }, (_, i) => `id-${i}`);
    const sae = fakeSae(many, 'comma-list');
    const found = await lookUpSaeTemplates(many, sae.listByIds, {
      instanceId: 'hz',
      batch: true,
      log: () => undefined,
    });
    expect(answers(found, many)).toEqual(many);
    expect(sae.calls.map((call) => call.length)).toEqual([200, 200, 50]);
  });
});
