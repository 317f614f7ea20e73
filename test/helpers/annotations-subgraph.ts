import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { graphql, parse } from 'graphql';
import { fromGlobalId } from '../../src/domain/global-id';

/**
 * A second team's subgraph, as a supergraph user would write one: it adds `note` to three of
 * jobgraph's entities and has a root field of its own that returns references to them (so the
 * gateway must ask jobgraph's `_entities` for everything else). Federation 2 needs no `extend`:
 * an entity type with the same `@key` in two subgraphs is one entity.
 */
export const ANNOTATIONS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

type JobRun @key(fields: "id") { id: ID! note: String }
type Workspace @key(fields: "id") { id: ID! note: String }
type PaiJob @key(fields: "id") { id: ID! note: String }

union AnnotatedEntity = JobRun | Workspace | PaiJob

type Query {
  "The entities with these jobgraph global ids (null for an id that is not one), as references: all but note comes from jobgraph."
  annotated(ids: [ID!]!): [AnnotatedEntity]!
}
`;

/** The note the annotations team keeps on an entity: its type and provider keys, so a test can predict it. */
export function noteFor(id: string): string | null {
  const parts = fromGlobalId(id);
  return parts ? `note on ${parts.type} ${parts.keys.join('/')}` : null;
}

/** A running annotations subgraph. */
export interface AnnotationsSubgraph {
  /** Its GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql */
  readonly url: string;
  /** `_entities` requests it received, and the representations they carried in all. */
  readonly entities: { requests: number; representations: number };
  /** Requests that came with an Authorization header (the gateway should send jobgraph's credentials only to jobgraph). */
  readonly withAuthorization: { requests: number };
  /** Zeroes the counts. */
  reset(): void;
  stop(): Promise<void>;
}

type Reference = { __typename?: string; id: string };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the annotations subgraph on loopback, port 0 (@apollo/subgraph over node:http). */
export async function startAnnotationsSubgraph(): Promise<AnnotationsSubgraph> {
  const entity = { note: (ref: Reference) => noteFor(ref.id) };
  const resolvers = {
    Query: {
      annotated: (_: unknown, args: { ids: string[] }) =>
        args.ids.map((id) => {
          const type = fromGlobalId(id)?.type;
          return type ? { __typename: type, id } : null;
        }),
    },
    AnnotatedEntity: { __resolveType: (ref: Reference) => ref.__typename },
    JobRun: entity,
    Workspace: entity,
    PaiJob: entity,
  } as unknown as GraphQLResolverMap<unknown>;
  const schema = buildSubgraphSchema({ typeDefs: parse(ANNOTATIONS_SDL), resolvers });
  const entities = { requests: 0, representations: 0 };
  const withAuthorization = { requests: 0 };
  const server: Server = createServer((req, res) => {
    if (req.headers.authorization !== undefined) withAuthorization.requests += 1;
    readBody(req)
      .then(async (text) => {
        const body = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
        const representations = body.variables?.representations;
        if (Array.isArray(representations)) {
          entities.requests += 1;
          entities.representations += representations.length;
        }
        const result = await graphql({
          schema,
          source: body.query,
          variableValues: body.variables ?? {},
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      })
      .catch(() => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Bad request.' }] }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    entities,
    withAuthorization,
    reset() {
      entities.requests = 0;
      entities.representations = 0;
      withAuthorization.requests = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
