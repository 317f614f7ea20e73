import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Where `npm run build:web` writes the dashboard (web/dist), from src/server or dist/server alike. */
export const WEB_APP_DIR_DEFAULT = resolve(__dirname, '..', '..', 'web', 'dist');

/** The only file types the app is built into; anything else under the folder is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Everything the page loads and calls is on this origin (no CDN, no third-party calls); React sets
 * styles through the CSSOM, which style-src does not restrict, so no 'unsafe-inline' is needed.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The app's client routes: each answers with index.html, and the app shows the page. */
function isClientRoute(pathname: string): boolean {
  return pathname === '/' || pathname === '/jobs' || /^\/node\/[^/]+$/.test(pathname);
}

/** A file of the built app for a URL path: only under `dir`, only a known type; undefined otherwise. */
function builtFile(dir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No dot-files, no NUL, no backslashes; and whatever the path says, it must resolve inside dir.
  if (decoded.includes('\0') || decoded.includes('\\') || /(^|\/)\./.test(decoded)) return undefined;
  const file = resolve(dir, `.${decoded}`);
  if (!file.startsWith(dir + sep)) return undefined;
  return CONTENT_TYPES[extname(file)] ? file : undefined;
}

async function fileStats(file: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

function send(req: IncomingMessage, res: ServerResponse, file: string, stats: Stats, cache: string): void {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(stats.size),
    'cache-control': cache,
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * Serves the Relay dashboard built into `dir`: its files (content-hashed under assets/, cached for
 * a year; everything else revalidated), and index.html for the app's own routes, so a drill-down
 * URL reloads. False when the path is neither, for the caller's 404. Without a build, `/` says how
 * to make one.
 */
export async function serveWebApp(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dir: string = WEB_APP_DIR_DEFAULT,
): Promise<boolean> {
  const root = resolve(dir);
  const route = isClientRoute(pathname);
  const file = route ? join(root, 'index.html') : builtFile(root, pathname);
  if (!file) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    return true;
  }
  const stats = await fileStats(file);
  if (!stats) {
    if (!route) return false;
    sendText(
      res,
      404,
      'The jobgraph dashboard is not built. Run `npm run build:web` (or `npm run build`), then reload.\n' +
        'The GraphQL API and GraphiQL are at /graphql.\n',
    );
    return true;
  }
  const hashed = pathname.startsWith('/assets/');
  send(req, res, file, stats, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  return true;
}
