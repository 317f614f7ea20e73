import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';

/** URL prefix of the GraphiQL assets this server ships itself, so the IDE works with no network. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

/** The only files served under the prefix: an allowlist, never a path taken from the URL. */
const ASSETS: Readonly<Record<string, { packageName: string; file: string; type: string }>> = {
  'react.production.min.js': {
    packageName: 'react',
    file: 'umd/react.production.min.js',
    type: 'text/javascript; charset=utf-8',
  },
  'react-dom.production.min.js': {
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.js': {
    packageName: 'graphiql',
    file: 'graphiql.min.js',
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

/** The file on disk; resolved through package.json because React's `exports` map hides umd/. */
function assetPath(asset: { packageName: string; file: string }): string {
  return join(dirname(require.resolve(`${asset.packageName}/package.json`)), asset.file);
}

/** Serves one allowlisted asset; false when the name is not one. */
export function serveGraphiqlAsset(name: string, res: ServerResponse): boolean {
  const asset = Object.prototype.hasOwnProperty.call(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return false;
  const stream = createReadStream(assetPath(asset));
  stream.on('open', () => {
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
    stream.pipe(res);
  });
  stream.on('error', () => {
    if (!res.headersSent) res.writeHead(404).end();
    else res.destroy();
  });
  return true;
}
