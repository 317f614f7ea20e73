import { CursorCodec } from '../../src/pagination/cursor-codec';

/** A cursor codec that counts the cursors it signs: for tests that cursors are made only when read. */
export function countingCodec(): { readonly codec: CursorCodec; signed(): number } {
  const codec = new CursorCodec({ secret: Buffer.from('counting-codec'), maxAgeMs: 60_000 });
  let signed = 0;
  const encode = codec.encode.bind(codec);
  codec.encode = <P>(binding: string, payload: P): string => {
    signed += 1;
    return encode(binding, payload);
  };
  return { codec, signed: () => signed };
}
