import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { postFaults } from '../../helpers/emulator-hooks';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** One workspace and its job runs: a root resolver and a nested one, each reaching an EMR loader. */
const NESTED =
  'query Nested { workspaces(first: 1) { nodes { workspaceName jobRuns(first: 2) { nodes { name } } } } }';

/** A caller's trace: this trace id must come back on every span of the request. */
const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

describe('OpenTelemetry traces, through an injected tracer provider with an in-memory exporter', () => {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ gateway: { tracerProvider } });
  });

  afterAll(async () => {
    await gw.stop();
    await tracerProvider.shutdown();
  });

  beforeEach(() => {
    exporter.reset();
    gw.resetEmulators();
  });

  async function post(query: string, headers: Record<string, string> = {}) {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: unknown[] },
    };
  }

  const named = (spans: readonly ReadableSpan[], name: string) => spans.filter((span) => span.name === name);
  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

  it('shows one nested query as request span → resolver spans → upstream call spans with provider, operation, attempt and status', async () => {
    const { status, body } = await post(NESTED);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const [request] = named(spans, 'query Nested');
    expect(request).toBeDefined();
    expect(request?.attributes['graphql.operation.name']).toBe('Nested');
    expect(request?.attributes['graphql.operation.type']).toBe('query');

    const [workspaces] = named(spans, 'resolve Query.workspaces');
    const [jobRuns] = named(spans, 'resolve Workspace.jobRuns');
    expect(parentOf(workspaces as ReadableSpan)).toBe(request?.spanContext().spanId);
    // The nested resolver hangs under its traced ancestor.
    expect(parentOf(jobRuns as ReadableSpan)).toBe(workspaces?.spanContext().spanId);

    const listWorkspaces = spans.filter(
      (span) => span.attributes['jobgraph.upstream.operation'] === 'ListWorkspaces',
    );
    const listJobRuns = spans.filter(
      (span) => span.attributes['jobgraph.upstream.operation'] === 'ListJobRuns',
    );
    // One span per attempt sent: as many as the emulator logged.
    expect(listWorkspaces).toHaveLength(gw.calls('emrServerlessSpark', 'ListWorkspaces').length);
    expect(listJobRuns).toHaveLength(gw.calls('emrServerlessSpark', 'ListJobRuns').length);
    expect(listJobRuns.length).toBeGreaterThan(0);
    for (const span of listWorkspaces) expect(parentOf(span)).toBe(workspaces?.spanContext().spanId);
    for (const span of listJobRuns) {
      expect(parentOf(span)).toBe(jobRuns?.spanContext().spanId);
      expect(span.attributes).toMatchObject({
        'jobgraph.upstream.provider': 'EMR_SERVERLESS_SPARK',
        'jobgraph.upstream.attempt': 1,
        'jobgraph.upstream.status': 'OK',
      });
    }
    // Every span of the request is in one trace.
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  });

  it('shows a retried upstream call as attempt 1 failed and attempt 2 OK', async () => {
    await postFaults(gw.emulators.endpoints.emrServerlessSpark, {
      operation: 'ListJobRuns',
      times: 1,
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'try later',
    });
    const { body } = await post(NESTED);
    expect(body.errors).toBeUndefined();
    const attempts = exporter
      .getFinishedSpans()
      .filter((span) => span.attributes['jobgraph.upstream.operation'] === 'ListJobRuns')
      .map((span) => span.attributes);
    expect(attempts).toContainEqual(
      expect.objectContaining({
        'jobgraph.upstream.attempt': 1,
        'jobgraph.upstream.status': 'UPSTREAM_UNAVAILABLE',
        'http.response.status_code': 503,
      }),
    );
    expect(attempts).toContainEqual(
      expect.objectContaining({ 'jobgraph.upstream.attempt': 2, 'jobgraph.upstream.status': 'OK' }),
    );
    expect(attempts).toHaveLength(gw.calls('emrServerlessSpark', 'ListJobRuns').length);
  });

  it("makes an incoming traceparent the request span's parent (same trace id)", async () => {
    await post(NESTED, { traceparent: `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01` });
    const spans = exporter.getFinishedSpans();
    const [request] = named(spans, 'query Nested');
    expect(request?.spanContext().traceId).toBe(CALLER_TRACE_ID);
    expect(parentOf(request as ReadableSpan)).toBe(CALLER_SPAN_ID);
    expect(spans.every((span) => span.spanContext().traceId === CALLER_TRACE_ID)).toBe(true);
  });

  it('records nothing for a caller whose trace is not sampled', async () => {
    await post(NESTED, { traceparent: `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-00` });
    expect(exporter.getFinishedSpans()).toHaveLength(0);
  });

  it('puts no query text, variables, hosts or secrets in any attribute', async () => {
    const { body } = await post(
      'query Secretive { workspaces(first: 1, filter: { name: "s3cr3t-value" }) { nodes { workspaceName } } }',
    );
    expect(body.errors).toBeUndefined();
    // The name filter reached the upstream call, so its span existed and could have carried it.
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces').length).toBeGreaterThan(0);
    const text = JSON.stringify(
      exporter.getFinishedSpans().map((span) => [span.name, span.attributes, span.status]),
    );
    expect(text).not.toContain('s3cr3t-value');
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('jobgraph-emulator');
    expect(text).not.toMatch(/workspaces\(first/);
  });
});
