import fc from 'fast-check';
import { stableKey } from '../../../src/loaders/call-loader';

/** The same value with every object's keys in reverse insertion order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([key, inner]) => [key, reordered(inner)]),
  );
}

const values = fc.anything({
  withBoxedValues: false,
  withMap: false,
  withSet: false,
  withBigInt: false,
  withDate: true,
  withTypedArray: false,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: false,
});

describe('stableKey (the cache key of every DataLoader load and prime)', () => {
  it('is the same for equal values built in a different key order', () => {
    fc.assert(fc.property(values, (value) => stableKey(reordered(value)) === stableKey(value)));
  });

  it('is JSON of the same value: it reads back as JSON.stringify does', () => {
    fc.assert(
      fc.property(values, (value) => {
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) return stableKey(value) === 'undefined';
        expect(JSON.parse(stableKey(value))).toEqual(JSON.parse(json));
        return true;
      }),
    );
  });

  it('tells different values apart', () => {
    expect(stableKey({ a: 1, b: 'x' })).not.toBe(stableKey({ a: 1, b: 'y' }));
    expect(stableKey({ a: [1, 2] })).not.toBe(stableKey({ a: [2, 1] }));
    expect(stableKey({ a: '1' })).not.toBe(stableKey({ a: 1 }));
  });

  it('leaves out undefined members, writes null for non-finite numbers and holes, and honours toJSON', () => {
    expect(stableKey({ b: undefined, a: [undefined, Number.NaN, () => 1], c: new Date(0) })).toBe(
      '{"a":[null,null,null],"c":"1970-01-01T00:00:00.000Z"}',
    );
  });
});
