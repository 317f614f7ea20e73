import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { ANNOTATIONS_SDL } from '../../helpers/annotations-subgraph';
import { composeSupergraph, jobgraphSubgraphSdl } from '../../helpers/supergraph-composition';

// The composition check a CI runs before publishing the subgraph: the checked-in subgraph.graphql
// (the file `rover subgraph check` / `hive schema:check` would be given) composed with another
// team's subgraph that extends jobgraph's entities, by Apollo's Federation 2 composition.

const URLS = {
  jobgraph: 'http://jobgraph.internal/subgraph',
  annotations: 'http://annotations.internal/graphql',
};

describe('supergraph composition (subgraph.graphql + annotations)', () => {
  it('composes with no errors, and the supergraph has jobgraph’s API plus the annotations fields', () => {
    const result = composeSupergraph(URLS);
    expect(result.errors).toBeUndefined();
    if (result.errors) return;
    const supergraph = result.schema.toAPISchema().toGraphQLJSSchema();
    const query = supergraph.getQueryType()?.getFields() ?? {};
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(['node', 'nodes', 'workspaces', 'jobs', 'annotated']),
    );
    for (const entity of ['JobRun', 'Workspace', 'PaiJob']) {
      const type = supergraph.getType(entity);
      expect(type && 'getFields' in type ? Object.keys(type.getFields()) : []).toEqual(
        expect.arrayContaining(['id', 'note']),
      );
    }
    // Each subgraph is joined at the URL the gateway will call.
    expect(result.supergraphSdl).toContain(`url: "${URLS.jobgraph}"`);
    expect(result.supergraphSdl).toContain(`url: "${URLS.annotations}"`);
  });

  it('fails on a subgraph that contradicts jobgraph’s types (the check can fail)', () => {
    const clashing = ANNOTATIONS_SDL.replace(
      'type JobRun @key(fields: "id") { id: ID! note: String }',
      'type JobRun @key(fields: "id") { id: ID! status: Int }',
    );
    expect(clashing).not.toBe(ANNOTATIONS_SDL);
    const result = composeServices([
      { name: 'jobgraph', url: URLS.jobgraph, typeDefs: parse(jobgraphSubgraphSdl()) },
      { name: 'annotations', url: URLS.annotations, typeDefs: parse(clashing) },
    ]);
    expect(result.errors?.map((error) => error.message).join('\n')).toMatch(/JobRun\.status/);
  });
});
