import { mapPage, type Connection } from '../../../src/pagination/connection';
import type { PageRequest } from '../../../src/pagination/connection-args';
import { sliceConcatenated } from '../../../src/pagination/concat-slicer';
import type { CursorCodec } from '../../../src/pagination/cursor-codec';
import { sliceList } from '../../../src/pagination/list-slicer';
import { sliceNumberedMerge } from '../../../src/pagination/numbered-merge-slicer';
import { sliceNumbered } from '../../../src/pagination/numbered-slicer';
import { sliceTokenPaged } from '../../../src/pagination/token-slicer';
import { countingCodec } from '../../helpers/counting-codec';

const items = Array.from({ length: 30 }, (_, i) => i);
const first10: PageRequest = { direction: 'forward', size: 10, after: null };
const numbered = async (pageNumber: number, pageSize: number) => ({
  items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
  totalCount: items.length,
});
const token = async (t: string | null, size: number) => {
  const at = t === null ? 0 : Number(t);
  const end = at + size;
  return {
    items: items.slice(at, end),
    nextToken: end < items.length ? String(end) : null,
    totalCount: null,
  };
};

const slicers: readonly [string, (codec: CursorCodec) => Promise<Connection<number>>][] = [
  ['list', (codec) => Promise.resolve(sliceList(items, String, first10, codec, 'b'))],
  ['numbered', (codec) => sliceNumbered(numbered, first10, 100, codec, 'b')],
  ['token', (codec) => sliceTokenPaged(token, first10, codec, 'b')],
  [
    'numbered merge',
    (codec) => sliceNumberedMerge([numbered, numbered], (a, b) => b - a, first10, 100, codec, 'b'),
  ],
  [
    'concat',
    (codec) =>
      sliceConcatenated(
        [{ key: 'a', slice: (request) => sliceNumbered(numbered, request, 100, codec, 'inner') }],
        first10,
        codec,
        'b',
      ),
  ],
];

describe.each(slicers)('the %s slicer signs cursors only when they are read', (_name, slice) => {
  it('signs nothing for a page whose cursors and pageInfo cursors are never read', async () => {
    const { codec, signed } = countingCodec();
    const page = mapPage(await slice(codec), (n) => ({ n }));
    expect(page.edges.map((edge) => edge.node.n)).toHaveLength(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(signed()).toBe(0);
  });

  it('signs a cursor once, however often it is read, and endCursor is the last edge cursor', async () => {
    const { codec, signed } = countingCodec();
    const page = mapPage(await slice(codec), (n) => ({ n }));
    const last = page.edges[9]?.cursor;
    const perEdge = signed();
    expect(perEdge).toBeGreaterThan(0);
    expect(page.edges[9]?.cursor).toBe(last);
    expect(page.pageInfo.endCursor).toBe(last);
    expect(signed()).toBe(perEdge);
    expect(codec.decode(last ?? '', 'b', 'after')).toBeDefined();
  });
});
