import { summariseProfile, type CpuProfile, type ProfileSummary } from '../../../bench/profile-summary.cjs';

// The pure part of the bench's profiling pass: which category a sample's time goes to. The
// profile below is hand-built; each leaf gets its own known number of 1 ms samples.

const ROOT = 'file:///repo';
type Frame = { functionName: string; url: string };
const native = (functionName: string): Frame => ({ functionName, url: '' });
const script = (functionName: string, url: string): Frame => ({ functionName, url });

/** A profile from stacks (root first) and how many 1 ms samples each leaf gets. */
function profileOf(
  stacks: readonly { stack: readonly Frame[]; samples: number; lines?: Record<number, number> }[],
): CpuProfile {
  const nodes: {
    id: number;
    callFrame: Frame;
    children: number[];
    positionTicks?: { line: number; ticks: number }[];
  }[] = [{ id: 1, callFrame: native('(root)'), children: [] }];
  const samples: number[] = [];
  for (const { stack, samples: count, lines } of stacks) {
    let parent = nodes[0]!;
    for (const frame of stack) {
      const found = parent.children
        .map((id) => nodes[id - 1]!)
        .find((n) => n.callFrame.functionName === frame.functionName && n.callFrame.url === frame.url);
      if (found) parent = found;
      else {
        const node = { id: nodes.length + 1, callFrame: frame, children: [] };
        nodes.push(node);
        parent.children.push(node.id);
        parent = node;
      }
    }
    if (lines)
      parent.positionTicks = Object.entries(lines).map(([line, ticks]) => ({ line: Number(line), ticks }));
    for (let i = 0; i < count; i += 1) samples.push(parent.id);
  }
  return { nodes, startTime: 1_000_000, samples, timeDeltas: samples.map(() => 1000) };
}

const tick = native('processTicksAndRejections');
const handler = script('handle', `${ROOT}/dist/server/graphql-http-handler.js`);
const STACKS = [
  { stack: [native('(idle)')], samples: 50 },
  { stack: [native('(program)')], samples: 7 },
  { stack: [native('(garbage collector)')], samples: 10 },
  // A socket write of the HTTP answer.
  {
    stack: [
      tick,
      handler,
      script('end', 'node:_http_outgoing'),
      script('writevGeneric', 'node:internal/stream_base_commons'),
      native('writev'),
    ],
    samples: 8,
  },
  // Start-up: requiring the modules, whatever they run meanwhile.
  {
    stack: [
      script('Module._load', 'node:internal/modules/cjs/loader'),
      script('execute', `${ROOT}/node_modules/graphql/execution/execute.js`),
    ],
    samples: 40,
  },
  // GraphQL execution, and a native helper it calls (its caller's category).
  {
    stack: [tick, handler, script('executeFields', `${ROOT}/node_modules/graphql/execution/execute.js`)],
    samples: 6,
  },
  {
    stack: [
      tick,
      handler,
      script('completeValue', `${ROOT}/node_modules/graphql/execution/execute.js`),
      native('Map'),
    ],
    samples: 2,
  },
  // A native JSON.parse under read-json-body, and the one V8 inlines (its line of the caller says so).
  {
    stack: [tick, script('readJsonBody', `${ROOT}/dist/providers/read-json-body.js`), native('parse')],
    samples: 5,
  },
  {
    stack: [tick, script('consumeEnd', `${ROOT}/node_modules/undici/lib/api/readable.js`)],
    samples: 4,
    lines: { 10: 3, 11: 1 },
  },
  // The URL parser's binding is also a native `parse`: not JSON.
  { stack: [tick, handler, script('URL', 'node:internal/url'), native('parse')], samples: 3 },
  // The upstream client's request, a socket write too, is the upstream client's.
  {
    stack: [
      tick,
      script('writeH1', `${ROOT}/node_modules/undici/lib/dispatcher/client-h1.js`),
      script('Writable.write', 'node:internal/streams/writable'),
      script('writeGeneric', 'node:internal/stream_base_commons'),
      native('writeLatin1String'),
    ],
    samples: 4,
  },
  // A log line written to stderr (a socket write like the answer's) is the log's cost.
  {
    stack: [
      tick,
      script('write', `${ROOT}/node_modules/pino/lib/proto.js`),
      script('Writable.write', 'node:internal/streams/writable'),
      script('writeGeneric', 'node:internal/stream_base_commons'),
      native('writeUtf8String'),
    ],
    samples: 2,
  },
];

const lineText = (url: string, line: number) =>
  url.endsWith('readable.js')
    ? { 10: 'resolve(JSON.parse(text))', 11: 'consumeFinish(consume)' }[line]
    : undefined;

const msOf = (summary: ProfileSummary) =>
  Object.fromEntries(summary.categories.filter((c) => c.ms > 0).map((c) => [c.key, c.ms]));

describe('summariseProfile', () => {
  const summary = summariseProfile(profileOf(STACKS), { requests: 4, lineText });

  it('attributes each sample to the category of its frame, walking up from native leaves', () => {
    expect(msOf(summary)).toEqual({
      gc: 10,
      http: 8,
      graphql: 8,
      json: 5 + 3,
      upstream: 1 + 4,
      pipeline: 3,
      observability: 2,
    });
  });

  it('excludes idle, (program) and loading code from the busy time', () => {
    expect(summary.idleMs).toBe(57);
    expect(summary.loadingMs).toBe(40);
    expect(summary.busyMs).toBe(44);
  });

  it('gives CPU ms per request and shares of the busy time', () => {
    expect(summary.busyMsPerRequest).toBe(44 / 4);
    const gc = summary.categories.find((c) => c.key === 'gc');
    expect(gc?.msPerRequest).toBe(10 / 4);
    expect(gc?.share).toBeCloseTo(10 / 44);
    expect(summary.categories.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
  });

  it('lists the top self-time functions with their files', () => {
    expect(summary.top[0]).toEqual({ name: '(garbage collector)', file: '(native)', ms: 10, share: 10 / 44 });
    expect(summary.top).toContainEqual({
      name: 'executeFields',
      file: 'graphql/execution/execute.js',
      ms: 6,
      share: 6 / 44,
    });
  });

  it('keeps only the samples inside a window, when given one', () => {
    // Samples are 1 ms apart from startTime: the first 67 are idle, (program) and GC.
    const windowed = summariseProfile(profileOf(STACKS), {
      requests: 1,
      window: { startUs: 1_000_000 + 57_500, endUs: 1_000_000 + 75_500 },
    });
    expect(msOf(windowed)).toEqual({ gc: 10, http: 8 });
    expect(windowed.windowed).toBe(true);
  });
});
