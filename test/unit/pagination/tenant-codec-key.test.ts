import type * as Crypto from 'node:crypto';
import { CursorCodec } from '../../../src/pagination/cursor-codec';

// Counts HMACs keyed by the process secret: deriving a tenant's key is one of them.
const keyedByProcessSecret = { count: 0 };
jest.mock('node:crypto', () => {
  const actual = jest.requireActual<typeof Crypto>('node:crypto');
  return {
    ...actual,
    createHmac: (algorithm: string, key: Buffer) => {
      if (Buffer.isBuffer(key) && key.toString() === 'process-secret') keyedByProcessSecret.count += 1;
      return actual.createHmac(algorithm, key);
    },
  };
});

describe('CursorCodec.forTenant', () => {
  const root = new CursorCodec({ secret: Buffer.from('process-secret'), maxAgeMs: 60_000 });

  it('derives no key for a request that makes or reads no cursor', () => {
    keyedByProcessSecret.count = 0;
    root.forTenant('t1');
    expect(keyedByProcessSecret.count).toBe(0);
  });

  it('derives the key once, on the first cursor, and keeps cursors per tenant', () => {
    keyedByProcessSecret.count = 0;
    const t1 = root.forTenant('t1');
    const cursor = t1.encode('b', { o: 1 });
    expect(t1.decode<{ o: number }>(cursor, 'b', 'after')).toEqual({ o: 1 });
    t1.encode('b', { o: 2 });
    expect(keyedByProcessSecret.count).toBe(1);
    expect(root.forTenant('t1').decode<{ o: number }>(cursor, 'b', 'after')).toEqual({ o: 1 });
    expect(() => root.forTenant('t2').decode(cursor, 'b', 'after')).toThrow('not a cursor this API issued');
    expect(() => root.decode(cursor, 'b', 'after')).toThrow('not a cursor this API issued');
  });
});
