import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** One POST the collector received. */
interface Received {
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A minimal OTLP/HTTP collector on loopback: keeps every POST, answers 200 (an empty export response). */
async function startCollector(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST')
        received.push({
          path: req.url ?? '',
          contentType: req.headers['content-type'] ?? '',
          body: Buffer.concat(chunks),
        });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** The service names and span names of one OTLP/JSON export request. */
function readExport(body: Buffer): { serviceNames: string[]; spanNames: string[] } {
  const parsed = JSON.parse(body.toString('utf8')) as {
    resourceSpans: {
      resource: { attributes: { key: string; value: { stringValue?: string } }[] };
      scopeSpans: { spans: { name: string }[] }[];
    }[];
  };
  return {
    serviceNames: parsed.resourceSpans.flatMap((rs) =>
      rs.resource.attributes.filter((a) => a.key === 'service.name').map((a) => a.value.stringValue ?? ''),
    ),
    spanNames: parsed.resourceSpans.flatMap((rs) =>
      rs.scopeSpans.flatMap((ss) => ss.spans.map((s) => s.name)),
    ),
  };
}

describe('`jobgraph start` with OTEL_EXPORTER_OTLP_ENDPOINT exports its traces over OTLP/HTTP', () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  let collector: Awaited<ReturnType<typeof startCollector>> | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (collector) await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('sends the spans of one GraphQL request to <endpoint>/v1/traces, as service jobgraph, by the time it exits', async () => {
    if (!existsSync(join(root, 'dist', 'cli', 'jobgraph.js')))
      throw new Error('dist/ is missing: `npm ci` (or `npm run build`) builds it');
    collector = await startCollector();
    let output = '';
    const started = spawn(process.execPath, [join(root, 'bin', 'jobgraph.js'), 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
    });
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    started.stderr.resume();
    const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = output.match(/GraphQL at (http:\/\/\S+\/graphql)/);
        if (match?.[1]) resolve(match[1]);
      };
      started.stdout.on('data', check);
      started.once('exit', (code) => reject(new Error(`jobgraph exited early (${code}): ${output}`)));
    });

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Workspaces { workspaces(first: 1) { nodes { id } } }' }),
    });
    expect(response.status).toBe(200);
    await response.text();
    // The spans are batched: the drain on SIGTERM flushes them before the process exits.
    started.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(collector.received.length).toBeGreaterThan(0);
    const spanNames: string[] = [];
    for (const request of collector.received) {
      expect(request.path).toBe('/v1/traces');
      expect(request.contentType).toMatch(/^application\/json/);
      expect(request.body.length).toBeGreaterThan(0);
      const exported = readExport(request.body);
      expect(new Set(exported.serviceNames)).toEqual(new Set(['jobgraph']));
      spanNames.push(...exported.spanNames);
    }
    // The request's span and the spans under it (resolver, upstream attempts).
    expect(spanNames.length).toBeGreaterThanOrEqual(2);
    expect(spanNames.some((name) => name.includes('Workspaces'))).toBe(true);
  }, 60_000);
});
