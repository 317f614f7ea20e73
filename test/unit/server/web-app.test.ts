import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWebApp } from '../../../src/server/web-app';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends `path` byte for byte (fetch would normalize `..` away before the server saw it), so the
 * traversal cases reach the handler as an attacker would send them.
 */
function raw(port: number, path: string, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A server that answers what serveWebApp serves and 418 for what it leaves to the caller. */
async function serve(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    serveWebApp(req, res, pathname, dir).then(
      (served) => {
        if (!served) res.writeHead(418).end('not the app');
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('serveWebApp: the built dashboard at /', () => {
  const root = mkdtempSync(join(tmpdir(), 'jobgraph-web-app-'));
  const dist = join(root, 'dist');
  let built: { server: Server; port: number };
  let missing: { server: Server; port: number };

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'main-ABC123.js'), 'console.log(1);');
    writeFileSync(join(dist, 'assets', 'main-ABC123.css'), 'body{}');
    writeFileSync(join(dist, 'assets', 'notes.txt'), 'not a type the app is built into');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    // Beside dist/, where a traversal would land.
    writeFileSync(join(root, 'secret.js'), 'the secret');
    built = await serve(dist);
    missing = await serve(join(root, 'not-built'));
  });

  afterAll(async () => {
    await new Promise((resolve) => built.server.close(resolve));
    await new Promise((resolve) => missing.server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/jobs', '/node/WyJnMSIsIlBhaUpvYiJd'])(
    'answers the client route %s with index.html, revalidated, under the same-origin CSP',
    async (path) => {
      const answer = await raw(built.port, path);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<div id="root">');
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['content-security-policy']).toContain("connect-src 'self'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('serves hashed assets with their content type, cached for a year', async () => {
    const js = await raw(built.port, '/assets/main-ABC123.js');
    expect(js.status).toBe(200);
    expect(js.body).toBe('console.log(1);');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await raw(built.port, '/assets/main-ABC123.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const head = await raw(built.port, '/assets/main-ABC123.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('15');
    expect(head.body).toBe('');
  });

  it.each([
    '/../secret.js',
    '/assets/../../secret.js',
    '/assets/%2e%2e/%2e%2e/secret.js',
    '/assets/..%2f..%2fsecret.js',
    '/assets/..%5c..%5csecret.js',
    '/%2e%2e%2fsecret.js',
    '/assets/main-ABC123.js%00.css',
    '/.env',
    '/assets/notes.txt',
    '/assets/missing-XYZ.js',
    '/assets/%E0%A4%A',
    '/node/a/b',
    '/other-page',
  ])('leaves %s to the caller: outside the build, hidden, of another type, or absent', async (path) => {
    const answer = await raw(built.port, path);
    expect(answer.status).toBe(418);
    expect(answer.body).not.toContain('secret');
  });

  it('refuses other methods on its paths with 405 and Allow', async () => {
    const answer = await raw(built.port, '/jobs', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('says how to build the dashboard when there is no build, and leaves other paths alone', async () => {
    const answer = await raw(missing.port, '/');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('npm run build:web');
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await raw(missing.port, '/assets/main-ABC123.js')).status).toBe(418);
  });
});
