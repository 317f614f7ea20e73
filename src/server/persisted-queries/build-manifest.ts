import {
  Kind,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { sha256Hex, type PersistedQueryManifest } from './manifest';

/** The fragments an operation spreads, directly or through other fragments, in document order. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Set<string>();
  const pending: DefinitionNode[] = [operation];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (used.has(name) || fragment === undefined) return;
        used.add(name);
        pending.push(fragment);
      },
    });
  }
  return [...fragments.values()].filter((fragment) => used.has(fragment.name.value));
}

/**
 * An Apollo persisted query manifest of every named operation in `documents` (fragments may sit in
 * any of them): each body is the operation printed with the fragments it uses, its id that body's
 * sha256. A client sends the id (or exactly that body); the safelist accepts nothing else.
 */
export function buildManifest(documents: readonly DocumentNode[]): PersistedQueryManifest {
  const definitions = documents.flatMap((document) => document.definitions);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operations = definitions
    .filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => {
      const body = print({
        kind: Kind.DOCUMENT,
        definitions: [operation, ...usedFragments(operation, fragments)],
      });
      return { id: sha256Hex(body), name: operation.name?.value ?? '', type: operation.operation, body };
    });
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
