// Writes deploy/compose/supergraph.graphql: jobgraph's subgraph.graphql composed (Apollo Federation 2,
// @apollo/composition) with the URL the compose file serves it at. Run after subgraph.graphql changes:
//   node deploy/compose/compose-supergraph.mjs
// test/unit/deploy/container-files.test.ts fails while the file is stale. Your own subgraphs join the
// list below (or compose in your registry: docs/deploy.md, "Registering the subgraph").
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');
const prettier = require('prettier');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** The subgraph URL inside the compose network: both replicas answer to the `jobgraph` alias. */
const JOBGRAPH_SUBGRAPH_URL = 'http://jobgraph:4000/subgraph';

const result = composeServices([
  {
    name: 'jobgraph',
    url: JOBGRAPH_SUBGRAPH_URL,
    typeDefs: parse(readFileSync(join(root, 'subgraph.graphql'), 'utf8')),
  },
]);
const target = join(here, 'supergraph.graphql');
if (result.errors) {
  for (const error of result.errors) process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// Formatted as the repository's format check wants it; the test compares documents, not text.
writeFileSync(
  target,
  await prettier.format(result.supergraphSdl, {
    ...(await prettier.resolveConfig(target)),
    parser: 'graphql',
  }),
);
