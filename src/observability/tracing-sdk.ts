import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** The environment variables tracing reads (the standard OpenTelemetry names). */
export type TracingEnv = Readonly<Record<string, string | undefined>>;

/**
 * The process's tracer provider, exporting over OTLP/HTTP, when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; undefined otherwise, and then nothing is traced.
 * The exporter reads the rest of the standard OTEL_EXPORTER_OTLP_* variables itself (headers,
 * timeout). Not registered globally: the gateway receives it, so tests never share it.
 */
export function createTracerProviderFromEnv(env: TracingEnv): NodeTracerProvider | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  return new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME || 'jobgraph' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
}
