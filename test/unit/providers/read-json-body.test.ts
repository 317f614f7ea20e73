import { Readable } from 'node:stream';
import { readJsonBody } from '../../../src/providers/read-json-body';

/** The bytes of `text` as a stream of chunks of `size` bytes (so a character can be cut in two). */
const chunked = (text: string, size: number) => {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(new Uint8Array(bytes.subarray(i, i + size)));
  return Readable.from(chunks);
};

describe('readJsonBody', () => {
  const signal = new AbortController().signal;

  it('reads an ASCII body and a UTF-8 body whose characters are cut across chunks alike', async () => {
    const ascii = { jobs: [{ jobId: 'job-1', status: 'succeeded' }] };
    const utf8 = { name: '数据仓库 nightly — ümlaut 🚀', escaped: '\u00e9' };
    await expect(readJsonBody(chunked(JSON.stringify(ascii), 3), 1 << 20, signal)).resolves.toEqual(ascii);
    for (const size of [1, 2, 5, 64])
      await expect(readJsonBody(chunked(JSON.stringify(utf8), size), 1 << 20, signal)).resolves.toEqual(utf8);
  });

  it('refuses a body over the limit and one that is not JSON', async () => {
    await expect(readJsonBody(chunked('{"a":"0123456789"}', 4), 10, signal)).rejects.toMatchObject({
      failure: 'too-large',
    });
    await expect(readJsonBody(chunked('{"a":', 4), 100, signal)).rejects.toMatchObject({
      failure: 'malformed',
    });
  });
});
