import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  getOperationAST,
  Kind,
  parse,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { LimitsConfig } from '../../../src/config/limits.config';
import { checkOperation, type OperationCheck } from '../../../src/server/limits/check-operation';
import { demoEnvironment, gatewaySchema, limitsWith } from './limits-fixture';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await gatewaySchema();
});

function check(
  source: string,
  variables: Record<string, unknown> = {},
  limits: LimitsConfig = limitsWith(),
  operationName?: string,
): OperationCheck {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document, operationName) as OperationDefinitionNode;
  return checkOperation(schema, document, operation, variables, limits, demoEnvironment());
}

const refusalOf = (result: OperationCheck) => result.refusal?.extensions;

describe('shape limits (fragments expanded)', () => {
  it('refuses depth past maxDepth with the numbers', () => {
    const deep = '{ workspaces { nodes { jobRuns { nodes { workspace { jobRuns { nodes { id } } } } } } } }';
    expect(refusalOf(check(deep, {}, limitsWith({ maxDepth: 6 })))).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxDepth',
      found: 8,
      maximum: 6,
    });
    expect(check(deep, {}, limitsWith({ maxDepth: 8, maxUpstreamCalls: 10_000 })).refusal).toBeNull();
  });

  it('counts aliases, root fields and directives through fragments', () => {
    const aliased =
      'query { ...F } fragment F on Query { a: workspaces { nodes { id } } b: workspaces { nodes { i: id } } }';
    expect(refusalOf(check(aliased, {}, limitsWith({ maxAliases: 2 })))).toMatchObject({
      limit: 'maxAliases',
      found: 3,
      maximum: 2,
    });
    expect(refusalOf(check(aliased, {}, limitsWith({ maxRootFields: 1 })))).toMatchObject({
      limit: 'maxRootFields',
      found: 2,
      maximum: 1,
    });
    const directed = '{ workspaces { nodes { id @include(if: true) workspaceName @skip(if: false) } } }';
    expect(refusalOf(check(directed, {}, limitsWith({ maxDirectives: 1 })))).toMatchObject({
      limit: 'maxDirectives',
      found: 2,
      maximum: 1,
    });
  });

  it('counts 500 duplicated fields, and a fragment bomb without expanding it', () => {
    const duplicated = `{ ${'__typename '.repeat(500)} }`;
    expect(refusalOf(check(duplicated, {}, limitsWith({ maxFieldSelections: 499 })))).toMatchObject({
      limit: 'maxFieldSelections',
      found: 500,
    });
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
    ).join('\n');
    const bomb = `{ ...F${levels} }\nfragment F0 on Query { __typename }\n${fragments}`;
    const result = checkOperation(
      schema,
      parse(bomb),
      getOperationAST(parse(bomb)) as OperationDefinitionNode,
      {},
      limitsWith(),
      demoEnvironment(),
    );
    expect(refusalOf(result)).toMatchObject({ limit: 'maxFieldSelections', found: 2 ** levels });
  });
});

describe('string arguments', () => {
  it('refuses a long string inline or in variables, naming the argument path', () => {
    const long = 'x'.repeat(5_000);
    const inline = check(`{ jobs(filter: { nameContains: "${long}" }) { nodes { id } } }`);
    expect(refusalOf(inline)).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.nameContains' });
    const variables = check('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', long] });
    expect(refusalOf(variables)).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
    expect(
      check('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a'.repeat(4_096)] }).refusal,
    ).toBeNull();
  });
});

describe('cost', () => {
  it('multiplies page sizes through nesting and charges a connection under a list per parent', () => {
    const result = check(
      '{ workspaces(first: 10) { nodes { jobRuns(first: 5) { nodes { id workspace { id } } } } } }',
    );
    const emr = demoEnvironment().emrServerlessSpark.length;
    // One ListWorkspaces per instance (the page may reach them all), ten ListJobRuns, workspaces free.
    expect(result.estimate).toEqual({ requestedObjects: 10 + 50 + 50, requestedUpstreamCalls: emr + 10 });
  });

  it('charges detail-only fields one call per object only when selected', () => {
    const base = check('{ paiJobs(first: 10) { nodes { jobId } } }').estimate?.requestedUpstreamCalls ?? 0;
    const detailed =
      check('{ paiJobs(first: 10) { nodes { jobId description pods { duration } } } }').estimate
        ?.requestedUpstreamCalls ?? 0;
    // One GetJob per job, serving the job's fields and its pods' alike.
    expect(detailed - base).toBe(10);
  });

  it('refuses the review queries: the depth-3 link cycle, paiJobs and nodes alias floods', () => {
    const cycle =
      '{ workspaces(first:100) { nodes { jobRuns(first:100) { nodes { id workspace { jobRuns(first:100) { nodes { id workspace { jobRuns(first:100) { nodes { id workspace { id } } } } } } } } } } } }';
    expect(refusalOf(check(cycle))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxObjects',
      maximum: 25_000,
    });
    const floods = limitsWith({ maxAliases: 10_000, maxRootFields: 10_000, maxFieldSelections: 100_000 });
    const paiFlood = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: paiJobs(first: ${(i % 20) + 1}) { nodes { id } }`).join(' ')} }`;
    expect(refusalOf(check(paiFlood, {}, floods))).toMatchObject({ limit: 'maxUpstreamCalls', maximum: 250 });
    // Under the defaults the flood is already refused for its size (3,000 selections).
    expect(refusalOf(check(paiFlood))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxFieldSelections',
      found: 3_000,
    });
    const ids = JSON.stringify(Array.from({ length: 100 }, (_, i) => `id-${i}`));
    const nodesFlood = `{ ${Array.from({ length: 100 }, (_, i) => `n${i}: nodes(ids: ${ids}) { id }`).join(' ')} }`;
    expect(refusalOf(check(nodesFlood, {}, floods))).toMatchObject({ limit: 'maxUpstreamCalls' });
  });
});

/** Variables at their largest: every page size 100, every id list 100 ids. */
function worstCaseVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
    const name = definition.variable.name.value;
    if (type.kind === Kind.LIST_TYPE) values[name] = Array.from({ length: 100 }, (_, i) => `id-${i}`);
    else if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int')
      values[name] = ['last'].includes(name) ? undefined : 100;
    else if (type.kind === Kind.NAMED_TYPE && definition.type.kind === Kind.NON_NULL_TYPE)
      values[name] = type.name.value === 'ID' ? 'id-0' : 'prod_lake';
  }
  return values;
}

const README_QUERIES = [
  `{ workspaces(first: 5, filter: { regions: ["cn-hangzhou"] }) { totalCount nodes { id workspaceName region
      jobRuns(first: 3, filter: { statuses: [FAILED] }) { nodes { jobRunId name status providerStatus createdAt workspace { workspaceId } } } } }
    paiJobs(last: 5, orderBy: { field: GMT_CREATE_TIME, direction: DESC }) { nodes { jobId displayName status pods { podId status history { podId } } } }
    saeJobTemplates(first: 5) { nodes { appId appName trigger { ... on SaeCronTrigger { cron timezone } } executions(first: 3) { nodes { jobId status } } } }
    gravitinoJobs(metalake: "prod_lake", first: 5) { statusCounts { status count } nodes { jobId status template { name ... on GravitinoSparkJobTemplate { className } } } } }`,
  `{ jobs(first: 20, filter: { statuses: [FAILED], createdAfter: "2026-11-20T00:00:00Z" }) {
    edges { cursor node { __typename id provider name status providerStatus createdAt durationMs creator
      ... on JobRun { workspace { workspaceName } } ... on SaeJobExecution { template { appName } } } }
    pageInfo { hasNextPage endCursor } sources { provider instance status sourcesRead error { code message } } } }`,
  '{ workspaces(first: 10) { nodes { jobRuns(first: 5) { nodes { id workspace { id } } } } } }',
];

describe('real operations pass the default limits', () => {
  const directory = join(__dirname, '../../operations');
  const documents = readdirSync(directory).filter((name) => name.endsWith('.graphql'));
  it.each(documents)('%s: every operation, at its largest page sizes', (file) => {
    const document = parse(readFileSync(join(directory, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value;
      const result = checkOperation(
        schema,
        document,
        definition,
        worstCaseVariables(definition),
        limitsWith(),
        demoEnvironment(),
      );
      expect({ name, refusal: result.refusal?.message ?? null }).toEqual({ name, refusal: null });
    }
  });

  it.each(README_QUERIES.map((query, i) => [i, query]))('README query %i', (_i, query) => {
    expect(check(query).refusal).toBeNull();
  });

  it("GraphiQL's introspection query", () => {
    expect(check(getIntrospectionQuery()).refusal).toBeNull();
  });
});
