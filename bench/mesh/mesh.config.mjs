// GraphQL Mesh's compose config for the bench (bench/targets.mjs runs mesh-compose on it): the
// Gravitino jobs API from its own OpenAPI (made Mesh-readable by gravitino-spec.mjs), pointed at the
// Gravitino emulator of the run.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Gravitino', {
        source: process.env.BENCH_GRAVITINO_SPEC_JSON,
        endpoint: `${process.env.BENCH_GRAVITINO_URL}/api`,
        operationHeaders: { Accept: 'application/vnd.gravitino.v1+json' },
      }),
    },
  ],
});
