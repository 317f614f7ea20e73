import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices, type CompositionResult } from '@apollo/composition';
import { parse } from 'graphql';
import { ANNOTATIONS_SDL } from './annotations-subgraph';

/** jobgraph's checked-in subgraph SDL (subgraph.graphql), the file users publish to their registry. */
export function jobgraphSubgraphSdl(): string {
  return readFileSync(join(__dirname, '..', '..', 'subgraph.graphql'), 'utf8');
}

/** Where each subgraph is served: the URLs the gateway will call. */
export interface SubgraphUrls {
  readonly jobgraph: string;
  readonly annotations: string;
}

/** Composes jobgraph's subgraph with the test's annotations subgraph (Apollo Federation 2 composition). */
export function composeSupergraph(urls: SubgraphUrls): CompositionResult {
  return composeServices([
    { name: 'jobgraph', url: urls.jobgraph, typeDefs: parse(jobgraphSubgraphSdl()) },
    { name: 'annotations', url: urls.annotations, typeDefs: parse(ANNOTATIONS_SDL) },
  ]);
}
