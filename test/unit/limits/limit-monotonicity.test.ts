import fc from 'fast-check';
import { getOperationAST, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { checkDocumentText } from '../../../src/server/limits/document-text-check';
import { checkOperation } from '../../../src/server/limits/check-operation';
import { demoEnvironment, gatewaySchema, limitsWith } from './limits-fixture';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await gatewaySchema();
});

/** The workspace ↔ jobRuns cycle nested to `depth` fields, at page size 1 so only depth can refuse. */
function cycleOfDepth(depth: number): string {
  // workspaces(1) nodes(2), then jobRuns, nodes, workspace repeat: depth 2 + 3k, closed by `id`.
  let inner = 'id';
  let level = depth - 1;
  const steps = ['workspace', 'nodes', 'jobRuns(first: 1)'];
  let step = 0;
  while (level > 2) {
    inner = `${steps[step % 3]} { ${inner} }`;
    step += 1;
    level -= 1;
  }
  return `{ workspaces(first: 1) { nodes { ${inner} } } }`;
}

function refusedLimit(source: string, maxDepth: number): string | null {
  const document = parse(source);
  const operation = getOperationAST(document) as OperationDefinitionNode;
  const result = checkOperation(schema, document, operation, {}, limitsWith({ maxDepth }), demoEnvironment());
  return (result.refusal?.extensions.limit as string | undefined) ?? null;
}

describe('limits are monotone', () => {
  it('if depth d is refused, depth d + 1 is too (and the refusal names maxDepth)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.integer({ min: 2, max: 30 }), (depth, maxDepth) => {
        const atDepth = refusedLimit(cycleOfDepth(depth), maxDepth);
        const deeper = refusedLimit(cycleOfDepth(depth + 1), maxDepth);
        expect(atDepth === 'maxDepth').toBe(depth > maxDepth);
        if (atDepth === 'maxDepth') expect(deeper).toBe('maxDepth');
      }),
      { numRuns: 60 },
    );
  });

  it('if n tokens or nesting n are refused by the text check, n + 1 are too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 100 }), (n, max) => {
        const tokens = (count: number) => `{ ${'a '.repeat(count)}}`;
        const nested = (count: number) => `{ a(x: ${'['.repeat(count)}${']'.repeat(count)}) }`;
        const limits = { maxTokens: max, maxParserRecursion: max };
        if (checkDocumentText(tokens(n), limits))
          expect(checkDocumentText(tokens(n + 1), limits)?.limit).toBe('maxTokens');
        if (checkDocumentText(nested(n), { ...limits, maxTokens: 10_000 })) {
          expect(checkDocumentText(nested(n + 1), { ...limits, maxTokens: 10_000 })?.limit).toBe(
            'maxParserRecursion',
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the text check', () => {
  it('stops at the limit whatever the document size, and leaves syntax errors to the parser', () => {
    const huge = `{ ${'a '.repeat(200_000)}}`;
    expect(checkDocumentText(huge, { maxTokens: 5_000, maxParserRecursion: 64 })?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxTokens',
      found: 5_001,
      maximum: 5_000,
    });
    expect(
      checkDocumentText(`${'{'.repeat(65)}`, { maxTokens: 5_000, maxParserRecursion: 64 })?.extensions,
    ).toMatchObject({
      limit: 'maxParserRecursion',
      found: 65,
    });
    // Brackets inside strings and comments are not nesting.
    expect(
      checkDocumentText(`{ a(x: "${'['.repeat(100)}") # ${'{'.repeat(100)}\n }`, {
        maxTokens: 100,
        maxParserRecursion: 3,
      }),
    ).toBeNull();
    expect(checkDocumentText('{ a(x: "unterminated', { maxTokens: 100, maxParserRecursion: 3 })).toBeNull();
  });
});
