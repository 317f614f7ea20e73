'use strict';
/* global module */
// Where a process's CPU went, from a V8 .cpuprofile (node --cpu-prof): each sample's time goes to
// the category of the frame it was taken in, so the Profiles section of docs/benchmarks.md can
// say which work makes jobgraph's CPU per request larger than the proxy's. Pure and dependency-free
// (CommonJS, like scenarios.cjs) so that a jest test can feed it a hand-built profile.

/** The categories, in the order a report lists them when nothing else orders them. */
const CATEGORIES = [
  ['gc', 'GC'],
  ['http', "serving HTTP (the answers' socket writes, net, http server, streams)"],
  ['json', 'JSON parse and stringify'],
  ['graphql', 'GraphQL execution (graphql)'],
  ['apollo', 'Apollo Server'],
  ['typeGraphql', 'type-graphql'],
  ['dataloader', 'DataLoader'],
  ['pipeline', 'jobgraph request pipeline (dist/server, dist/request, limits, cost, plugins)'],
  ['observability', 'observability (dist/observability, pino and its writes, prom-client)'],
  ['asyncContext', 'async context and abort signals'],
  ['scheduling', 'promise jobs, ticks and timers'],
  [
    'upstream',
    'upstream client (@alicloud, @darabonba, undici, node:_http_client, transports, their socket I/O)',
  ],
  ['resilience', 'resilience (cockatiel, dist/providers/resilience)'],
  ['crypto', 'crypto (request signing, hashes)'],
  ['mapping', 'provider mapping and reads (dist/providers, dist/domain)'],
  ['schema', 'schema, pagination, loaders, jobs merge'],
  ['proxy', 'proxy code (bench/proxy)'],
  ['other', 'other'],
].map(([key, label]) => ({ key, label }));

/** Samples that are no work: the profiler's idle, and time V8 cannot place in a JS frame. */
const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/** Native leaves that are a socket write (libuv's stream write of the HTTP bytes). */
const SOCKET_WRITES = new Set([
  'writev',
  'writeBuffer',
  'writeUtf8String',
  'writeLatin1String',
  'writeAsciiString',
  'writeUcs2String',
]);

/**
 * Frames that load code: a process's start-up, and the first use of a lazily required module or
 * Node internal. Their samples are counted apart, never per request.
 */
function isLoading({ functionName, url }) {
  return (
    url.startsWith('node:internal/modules/') ||
    url.startsWith('node:internal/bootstrap/') ||
    url.startsWith('node:internal/main/') ||
    url === 'node:internal/process/pre_execution' ||
    ['Module._load', 'wrapSafe', 'internalModuleStat', 'compileFunction'].includes(functionName)
  );
}

// By the frame's script, first match wins (node_modules before dist/, since dist/ also names
// packages' own build folders such as @apollo/server/dist/cjs).
const BY_URL = [
  [/\/node_modules\/(graphql|graphql-scalars|@graphql-tools\/[^/]+)\//, 'graphql'],
  [/\/node_modules\/@apollo\//, 'apollo'],
  [/\/node_modules\/(type-graphql|reflect-metadata|class-validator)\//, 'typeGraphql'],
  [/\/node_modules\/dataloader\//, 'dataloader'],
  [
    /\/node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|prom-client|tdigest|bintrees|@opentelemetry\/[^/]+)\//,
    'observability',
  ],
  [/\/node_modules\/(@alicloud\/[^/]+|@darabonba\/[^/]+|httpx|undici|kitx)\//, 'upstream'],
  [/\/node_modules\/cockatiel\//, 'resilience'],
  // Any other package (negotiator, lru-cache, ...): its caller's category (Apollo Server, ...).
  [/\/node_modules\//, null],
  [/\/bench\/proxy\//, 'proxy'],
  [/\/dist\/observability\//, 'observability'],
  [/\/dist\/request\/(deadline-signal|abort)/, 'asyncContext'],
  [/\/dist\/(server|request|auth|errors|config|cache|tenancy|rate-limit)\//, 'pipeline'],
  [/\/dist\/providers\/resilience\//, 'resilience'],
  [
    /\/dist\/providers\/(alibaba\/|gravitino\/gravitino-transport|read-json-body|[^/]+\/[^/]*\.client\.js)/,
    'upstream',
  ],
  [/\/dist\/(providers|domain)\//, 'mapping'],
  [/\/dist\/(schema|pagination|loaders|jobs)\//, 'schema'],
  [/^node:internal\/deps\/undici\//, 'upstream'],
  [/^node:(_http_client|_http_agent)$/, 'upstream'],
  [
    /^node:(net|_http_\w+|stream|internal\/streams\/.*|internal\/stream_base_commons|internal\/http|internal\/net)$/,
    'http',
  ],
  [
    /^node:(async_hooks|internal\/async_hooks|internal\/abort_controller|internal\/event_target)$/,
    'asyncContext',
  ],
  [/^node:(internal\/process\/task_queues|timers|internal\/timers)$/, 'scheduling'],
  // PerformanceObserver callbacks: prom-client's GC and event-loop metrics.
  [/^node:(perf_hooks|internal\/perf\/.*)$/, 'observability'],
  [/^node:(crypto|internal\/crypto\/.*)$/, 'crypto'],
];

const isNative = ({ url }) => url === '' || url.startsWith('wasm://');

/** The category of a script by its url alone; undefined when BY_URL does not name it. */
function categoryOfUrl(url) {
  return BY_URL.find(([pattern]) => pattern.test(url))?.[1];
}

/**
 * Whose I/O a frame of Node's plumbing (a socket write, net, streams, http) does: the upstream
 * client's or the log's when that is the nearest caller of ours, else serving the HTTP answers.
 */
function ownerOfIo(callers) {
  for (const frame of callers) {
    if (isNative(frame)) continue;
    const key = categoryOfUrl(frame.url);
    if (key === 'upstream' || key === 'observability') return key;
    // More plumbing, a Node helper, or a package that is not ours to name: look further up.
    const plumbing = key === 'http' || key === null || (key === undefined && frame.url.startsWith('node:'));
    if (!plumbing) return 'http';
  }
  return 'http';
}

/**
 * The category of one frame, or null when the frame says nothing by itself (a native function, or
 * a Node helper such as node:events or node:buffer): the caller's frame decides then.
 * `nearestScript` is the url of the first frame with a script at or above this one.
 */
function categoryOfFrame(frame, nearestScript) {
  const { functionName, url } = frame;
  if (functionName === '(garbage collector)') return 'gc';
  if (isNative(frame)) {
    if (SOCKET_WRITES.has(functionName)) return 'http';
    // JSON.parse / JSON.stringify are natives named parse / stringify; so is the URL parser's binding.
    if ((functionName === 'parse' || functionName === 'stringify') && nearestScript !== 'node:internal/url')
      return 'json';
    if (functionName === 'runMicrotasks') return 'scheduling';
    return null;
  }
  const key = categoryOfUrl(url);
  if (key !== undefined) return key;
  return url.startsWith('node:') ? null : 'other';
}

/** `file` of a frame as a report shows it: relative to node_modules' package, dist/ or bench/. */
function shortFile(url) {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const own = url.match(/\/((?:dist|bench)\/.*)$/);
  return own ? own[1] : url;
}

const JSON_CALL = /\bJSON\.(parse|stringify)\(/;

/**
 * The part (0..1) of a frame's self time spent on source lines that call JSON.parse or
 * JSON.stringify. V8 inlines those builtins into their caller (no frame of their own), but the
 * profile's positionTicks say on which line of the caller each sample fell.
 */
function jsonPart(node, lineText) {
  const ticks = node.positionTicks ?? [];
  const total = ticks.reduce((sum, t) => sum + t.ticks, 0);
  if (!lineText || total === 0) return 0;
  const onJson = ticks
    .filter((t) => JSON_CALL.test(lineText(node.callFrame.url, t.line) ?? ''))
    .reduce((sum, t) => sum + t.ticks, 0);
  return onJson / total;
}

/**
 * Summarises a .cpuprofile over `requests` requests. `window` ({ startUs, endUs }, on the profile's
 * clock: CLOCK_MONOTONIC on Linux, the same as process.hrtime in the bench) keeps only the samples
 * taken inside it; without one the whole profile counts. `lineText(url, line)` (1-based line; the
 * text of that line of the script, or undefined) lets JSON calls inlined into a frame count as
 * JSON. Returns the busy time per category (loading code, idle and (program) excluded), per
 * request, and the `top` self-time functions.
 */
function summariseProfile(profile, { requests, window = null, top = 15, lineText = null }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  // Self time per node (each sample counts the time since the one before it).
  const selfUs = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.startUs || at >= window.endUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });

  const categoryUs = new Map(CATEGORIES.map((c) => [c.key, 0]));
  const functionUs = new Map();
  let loadingUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id);
    if (NOT_WORK.has(leaf.callFrame.functionName)) {
      idleUs += us;
      continue;
    }
    const stack = [];
    for (let node = leaf; node; node = byId.get(parentOf.get(node.id))) stack.push(node.callFrame);
    if (stack.some(isLoading)) {
      loadingUs += us;
      continue;
    }
    let category = null;
    for (let i = 0; i < stack.length && category === null; i += 1) {
      const nearestScript = stack.slice(i).find((frame) => !isNative(frame))?.url ?? '';
      category = categoryOfFrame(stack[i], nearestScript);
      if (category === 'http') category = ownerOfIo(stack.slice(i + 1));
    }
    const jsonUs = category === 'json' ? 0 : us * jsonPart(leaf, lineText);
    categoryUs.set('json', categoryUs.get('json') + jsonUs);
    categoryUs.set(category ?? 'other', categoryUs.get(category ?? 'other') + us - jsonUs);
    const fn = `${leaf.callFrame.functionName || '(anonymous)'}\u0000${shortFile(leaf.callFrame.url)}`;
    functionUs.set(fn, (functionUs.get(fn) ?? 0) + us);
  }

  const busyUs = [...categoryUs.values()].reduce((sum, us) => sum + us, 0);
  const perRequest = (us) => (requests > 0 ? us / 1000 / requests : null);
  const share = (us) => (busyUs > 0 ? us / busyUs : 0);
  return {
    requests,
    windowed: window !== null,
    busyMs: busyUs / 1000,
    busyMsPerRequest: perRequest(busyUs),
    loadingMs: loadingUs / 1000,
    idleMs: idleUs / 1000,
    categories: CATEGORIES.map(({ key, label }) => ({
      key,
      label,
      ms: categoryUs.get(key) / 1000,
      msPerRequest: perRequest(categoryUs.get(key)),
      share: share(categoryUs.get(key)),
    })),
    top: [...functionUs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => {
        const [name, file] = fn.split('\u0000');
        return { name, file, ms: us / 1000, share: share(us) };
      }),
  };
}

module.exports = { CATEGORIES, summariseProfile };
