import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { attachRequestTrace, startRequestTrace } from '../../observability/tracing-request';
import type { GatewayContext } from '../../schema/gateway-context';

/**
 * One span per GraphQL request (a child of the caller's `traceparent`), named for its operation
 * type and name; its resolvers' and upstream calls' spans hang under it. Attributes are the
 * operation's type and name and the response status: never the document, variables or tenant.
 */
export function tracingPlugin(tracer: Tracer): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = startRequestTrace(tracer, request.http?.headers);
      if (!started) return;
      const { span } = started;
      attachRequestTrace(contextValue, started.trace);
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttributes({
            'graphql.operation.type': type,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (response.http.status !== undefined)
            span.setAttribute('http.response.status_code', response.http.status);
          if (errors?.length) {
            span.setAttribute('jobgraph.errors', errors.length);
            const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'ERROR')))];
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
          }
          span.end();
        },
      };
    },
  };
}
