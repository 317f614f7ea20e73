import { createTracerProviderFromEnv } from '../../../src/observability/tracing-sdk';

// The export itself is proven end to end in test/e2e/tracing-export.test.ts: the OTLP exporter
// loads node:http through a dynamic import(), which Jest's module sandbox cannot run.
describe('createTracerProviderFromEnv', () => {
  it('gives no provider (nothing traced) without an OTLP endpoint in the environment', () => {
    expect(createTracerProviderFromEnv({})).toBeUndefined();
    expect(createTracerProviderFromEnv({ OTEL_SERVICE_NAME: 'jobgraph-eu' })).toBeUndefined();
    expect(createTracerProviderFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBeUndefined();
  });

  it.each(['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'])(
    'gives a provider when %s is set',
    async (name) => {
      const provider = createTracerProviderFromEnv({ [name]: 'http://127.0.0.1:1' });
      expect(provider).toBeDefined();
      // No span was started: shutting down sends nothing.
      await provider?.shutdown();
    },
  );
});
