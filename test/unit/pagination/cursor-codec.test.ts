import { CursorCodec, cursorBinding } from '../../../src/pagination/cursor-codec';

describe('CursorCodec', () => {
  let now = 1_700_000_000_000;
  const codec = new CursorCodec({ secret: Buffer.from('k1'), maxAgeMs: 60_000, now: () => now });
  const binding = cursorBinding(['workspaces', { name: 'etl' }]);
  const decodeError = (cursor: string, against = binding) => {
    try {
      codec.decode(cursor, against, 'after');
    } catch (error) {
      return error as { message: string; extensions: Record<string, unknown> };
    }
    throw new Error('expected a rejection');
  };

  it('round-trips a payload and is opaque', () => {
    const cursor = codec.encode(binding, { o: 41 });
    expect(cursor).toMatch(/^c1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(codec.decode(cursor, binding, 'after')).toEqual({ o: 41 });
  });

  it('binds cursors to their arguments', () => {
    expect(cursorBinding(['a', { x: 1 }])).not.toBe(cursorBinding(['a', { x: 2 }]));
    const cursor = codec.encode(binding, { o: 1 });
    expect(decodeError(cursor, cursorBinding(['workspaces', { name: 'other' }]))).toMatchObject({
      message: expect.stringContaining('different list or different arguments'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('rejects tampered, forged, foreign-version, garbage and stale cursors as BAD_USER_INPUT', () => {
    const cursor = codec.encode(binding, { o: 1 });
    const [version, body, mac] = cursor.split('.');
    const tampered = `${version}.${Buffer.from(JSON.stringify({ b: binding, t: now / 1000, p: { o: 999 } })).toString('base64url')}.${mac}`;
    const forged = new CursorCodec({ secret: Buffer.from('k2'), maxAgeMs: 60_000, now: () => now }).encode(
      binding,
      { o: 1 },
    );
    for (const bad of [tampered, forged, `c0.${body}.${mac}`, 'hello', '', 'c1..', `${cursor}x`]) {
      expect(decodeError(bad).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(decodeError(`c0.${body}.${mac}`).message).toContain('another version');
    now += 61_000;
    expect(decodeError(cursor).message).toContain('expired');
  });
});
