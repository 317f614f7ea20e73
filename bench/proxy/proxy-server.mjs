/* global Buffer */
// The ceiling of issue 13: a hand-written direct-REST proxy. GET /<scenario>/<operation> answers
// the scenario's read as plain JSON with the upstream calls its minimum names; POST /_facts gives it
// the ids the scenarios use (the bench discovers them once, through jobgraph).
import { createServer } from 'node:http';
import { jobsPage } from './jobs-merge.mjs';
import { HANDLERS } from './scenario-handlers.mjs';
import { Upstream } from './upstream.mjs';

const upstream = new Upstream(JSON.parse(process.env.BENCH_EMULATOR_ENDPOINTS ?? '{}'));
const handlers = { ...HANDLERS, 'jobs-3-pages': (up, facts, index) => jobsPage(up, facts, index) };
let facts = null;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function serve(req, res) {
  if (req.method === 'POST' && req.url === '/_facts') {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    facts = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return send(res, 200, { ok: true });
  }
  const [, name, index] = (req.url ?? '').split('/');
  const handler = handlers[name];
  if (!handler || !facts) return send(res, 404, { error: 'unknown scenario, or no facts yet' });
  return send(res, 200, await handler(upstream, facts, Number(index ?? 0)));
}

const server = createServer((req, res) => {
  serve(req, res).catch((error) => {
    // The bench's own diagnostics (stderr is kept by the runner and shown if a check fails).
    process.stderr.write(`proxy: ${req.url}: ${error?.stack ?? error}\n`);
    // An upstream failure is a failed request, never a crashed proxy.
    if (!res.headersSent) send(res, 502, { error: 'upstream failure' });
    else res.destroy();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  upstream.close().finally(() => process.exit(0));
});
