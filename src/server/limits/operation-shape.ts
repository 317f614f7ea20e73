import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The syntactic size of an operation, fragments expanded. */
export interface OperationShape {
  /** Deepest field nesting; a root field is depth 1. Introspection subtrees are not counted. */
  readonly depth: number;
  /** Fields with an alias (`__typename` included: alias floods of it are a known probe). */
  readonly aliases: number;
  /** Directive uses on fields, fragments and spreads. */
  readonly directives: number;
  /** Field selections at the root, duplicates counted. */
  readonly rootFields: number;
}

/**
 * Measures an operation by walking it with fragments expanded. Call it only once the expanded
 * selection count is known to be within its limit (countFieldSelections): the walk then visits at
 * most that many selections, whatever the fragments do.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): OperationShape {
  let depth = 0;
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  let rootFields = 0;
  const walk = (set: SelectionSetNode, level: number, inFragments: readonly string[]): void => {
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (level === 1) rootFields += 1;
        if (selection.alias) aliases += 1;
        // GraphiQL's own introspection query nests `ofType` deeper than any data query; the
        // introspection schema is finite and static, so its depth is not what the limit is for.
        if (selection.name.value.startsWith('__')) continue;
        depth = Math.max(depth, level);
        if (selection.selectionSet) walk(selection.selectionSet, level + 1, inFragments);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, inFragments);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refused cycles already; the guard keeps a missed one from looping.
        if (fragment && !inFragments.includes(name)) {
          directives += fragment.directives?.length ?? 0;
          walk(fragment.selectionSet, level, [...inFragments, name]);
        }
      }
    }
  };
  walk(operation.selectionSet, 1, []);
  return { depth, aliases, directives, rootFields };
}
