import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { generateApiKey, sha256Hex } from '../../../src/auth/api-key-hash';
import { createApiKeyVerifier } from '../../../src/auth/api-key-verifier';
import { main } from '../../../src/cli/jobgraph';
import { hashKeyCommand } from '../../../src/cli/hash-key.command';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (stream: PassThrough) => () => String(stream.read() ?? '');
  return { io: { stdout, stderr }, out: text(stdout), err: text(stderr) };
}

describe('jobgraph hash-key', () => {
  it('prints the SHA-256 hex of the key on stdin, without the trailing newline', async () => {
    const { io: streams, out } = io();
    await hashKeyCommand({}, streams, Readable.from(['jg_example-key\n']));
    expect(out()).toBe(`${createHash('sha256').update('jg_example-key').digest('hex')}\n`);
  });

  it('--generate prints a fresh key with a hash that the verifier accepts', async () => {
    const { io: streams, out } = io();
    await hashKeyCommand({ generate: true }, streams, Readable.from([]));
    const [, key, hash] = /^key: +(\S+)\nsha256: ([0-9a-f]{64})\n$/.exec(out()) ?? [];
    expect(key).toMatch(/^jg_[A-Za-z0-9_-]{43}$/);
    const tenant = { id: 'a', grants: {} };
    const verify = createApiKeyVerifier(
      [{ id: 'k', tenant: 'a', sha256: hash as string }],
      new Map([['a', tenant]]),
    );
    expect(verify(key as string)).toBe(tenant);
    expect(verify(`${key}x`)).toBeUndefined();
  });

  it('refuses an empty stdin as a usage error (exit 2)', async () => {
    const { io: streams, err } = io();
    const stdin = process.stdin;
    Object.defineProperty(process, 'stdin', { value: Readable.from([]), configurable: true });
    try {
      expect(await main(['hash-key'], streams, {})).toBe(2);
    } finally {
      Object.defineProperty(process, 'stdin', { value: stdin, configurable: true });
    }
    expect(err()).toContain('hash-key: no key on stdin');
  });

  it('makes keys that differ every time', () => {
    expect(generateApiKey()).not.toBe(generateApiKey());
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
