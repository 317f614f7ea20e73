import { decodeJobsCursor, encodeJobsCursor, jobsCursorBinding } from '../../../src/jobs/jobs-cursor';
import type { JobQueryFilter } from '../../../src/jobs/job-query-filter';
import { CursorCodec } from '../../../src/pagination/cursor-codec';

const codec = new CursorCodec({ secret: Buffer.from('test-secret'), maxAgeMs: 60_000 });
const filter: JobQueryFilter = {
  providers: null,
  statuses: new Set(['RUNNING']),
  createdAfter: null,
  createdBefore: null,
  nameContains: null,
  regions: null,
};
const binding = jobsCursorBinding(filter);

describe('jobs cursor', () => {
  it('round-trips a position, with and without resume hints', () => {
    const position = { createdAt: 1_700_000_000_000, id: 'g1-id' };
    const hints = { 'sae:sae-a:app-1': 3 };
    expect(decodeJobsCursor(codec, binding, encodeJobsCursor(codec, binding, { position, hints }))).toEqual({
      position,
      hints,
    });
    const bare = decodeJobsCursor(codec, binding, encodeJobsCursor(codec, binding, { position }));
    expect(bare).toEqual({ position });
    expect(
      decodeJobsCursor(
        codec,
        binding,
        encodeJobsCursor(codec, binding, { position: { createdAt: null, id: 'x' } }),
      ),
    ).toEqual({ position: { createdAt: null, id: 'x' } });
  });

  it('reads a cursor issued with the one-letter payload (p: {t, k}, h), so cursors already handed out keep working', () => {
    const issued = codec.encode(binding, { p: { t: 42, k: 'g1-old' }, h: { 'pai:pai-a': 1 } });
    expect(decodeJobsCursor(codec, binding, issued)).toEqual({
      position: { createdAt: 42, id: 'g1-old' },
      hints: { 'pai:pai-a': 1 },
    });
  });

  it('refuses a cursor of another filter as BAD_USER_INPUT', () => {
    const other = jobsCursorBinding({ ...filter, statuses: new Set(['FAILED']) });
    const cursor = encodeJobsCursor(codec, other, { position: { createdAt: 1, id: 'a' } });
    expect(() => decodeJobsCursor(codec, binding, cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
