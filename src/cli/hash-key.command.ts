import { generateApiKey, sha256Hex } from '../auth/api-key-hash';
import { CliUsageError } from './cli-usage-error';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** Reads a whole stream as text. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `jobgraph hash-key`: the SHA-256 to put under `auth.apiKeys[].sha256`. The key is read from stdin
 * (never from argv, which shells keep in history and `ps` shows); `--generate` makes a new random
 * key and prints it once, with its hash.
 */
export async function hashKeyCommand(
  options: { generate?: boolean },
  io: Io,
  stdin: NodeJS.ReadableStream,
): Promise<void> {
  if (options.generate) {
    const key = generateApiKey();
    io.stdout.write(`key:    ${key}\nsha256: ${sha256Hex(key)}\n`);
    io.stderr.write('jobgraph: give the key to its user; put only the sha256 in the config file.\n');
    return;
  }
  if ((stdin as { isTTY?: boolean }).isTTY)
    io.stderr.write('jobgraph: type or paste the key, then Enter and Ctrl+D\n');
  // One trailing newline is the shell's (echo, a file), not the key's.
  const key = (await readAll(stdin)).replace(/\r?\n$/, '');
  if (key === '') throw new CliUsageError('hash-key: no key on stdin (or use --generate)');
  io.stdout.write(`${sha256Hex(key)}\n`);
}
