// Bundles web/src into web/dist: content-hashed JS and CSS under assets/, and an index.html that
// loads them from the page's own origin (jobgraph serves both; nothing comes from a CDN).
// Run after relay-compiler, which writes the artifacts the bundle imports.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { relayArtifactsPlugin } from './relay-artifacts-plugin.mjs';

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const source = join(web, 'src');
const out = join(web, 'dist');

await rm(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: web,
  entryPoints: [join(source, 'main.tsx')],
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  metafile: true,
  // Resolved from web/, where npm keeps React 19; the root's React 18 is GraphiQL's.
  alias: { react: 'react', 'react-dom': 'react-dom' },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    relayArtifactsPlugin({ sourceDirectory: source, artifactDirectory: join(source, '__generated__') }),
  ],
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((path) => basename(path));
const script = outputs.find((name) => name.endsWith('.js'));
const style = outputs.find((name) => name.endsWith('.css'));
if (!script || !style) throw new Error(`esbuild wrote no JS or no CSS: ${outputs.join(', ')}`);
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>jobgraph · jobs</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/${style}" />
    <script type="module" src="/assets/${script}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The jobgraph dashboard needs JavaScript; the API itself is at /graphql.</noscript>
  </body>
</html>
`;
await mkdir(out, { recursive: true });
await writeFile(join(out, 'index.html'), html);
console.log(`web/dist: index.html, assets/${script}, assets/${style}`);
