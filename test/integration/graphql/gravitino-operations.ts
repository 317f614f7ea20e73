import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

const source = parse(readFileSync(join(__dirname, '..', '..', 'operations', 'gravitino.graphql'), 'utf8'));
const fragments = new Map(
  source.definitions
    .filter(
      (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
    )
    .map((fragment) => [fragment.name.value, fragment]),
);

/** The fragments a definition spreads, transitively. */
function usedFragments(definition: DefinitionNode, seen = new Set<string>()): Set<string> {
  visit(definition, {
    FragmentSpread(node) {
      const name = node.name.value;
      if (seen.has(name)) return;
      seen.add(name);
      const fragment = fragments.get(name);
      if (fragment) usedFragments(fragment, seen);
    },
  });
  return seen;
}

/**
 * One named operation of test/operations/gravitino.graphql (the codegen input) with the fragments
 * it uses, as a document the test gateway can send, so the tests send exactly those documents.
 */
export function gravitinoOperation(name: string): string {
  const operation = source.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) throw new Error(`test/operations/gravitino.graphql has no operation ${name}`);
  const used = [...usedFragments(operation)].map(
    (fragment) => fragments.get(fragment) as FragmentDefinitionNode,
  );
  return [operation, ...used].map((definition) => print(definition)).join('\n\n');
}
