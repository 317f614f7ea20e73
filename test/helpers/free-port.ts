import { createServer } from 'node:net';

/**
 * A port nobody listens on now: bind port 0, read it, close. For servers the tests start as
 * processes that cannot report the port they got from port 0 (redis-server, the Hive Gateway CLI).
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port from port 0');
  return address.port;
}
