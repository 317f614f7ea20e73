import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Field selections of an operation with every fragment spread expanded and duplicates counted, so
 * `{ a a a … }` and fragment "bombs" (F1 spreads F0 twice, F2 spreads F1 twice, …) count what the
 * executor would really walk. Computed per fragment once and multiplied, never by expanding:
 * linear in the document even when the expansion is exponential. Fragment cycles were already
 * refused by validation; a cycle still counts as nothing rather than looping.
 */
export function countFieldSelections(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const perFragment = new Map<string, number | null>();
  const countSet = (set: SelectionSetNode): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        count += 1 + (selection.selectionSet ? countSet(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += countSet(selection.selectionSet);
      } else {
        count += countFragment(selection.name.value);
      }
    }
    return count;
  };
  const countFragment = (name: string): number => {
    const known = perFragment.get(name);
    if (known !== undefined) return known ?? 0;
    const fragment = fragments.get(name);
    perFragment.set(name, null);
    const count = fragment ? countSet(fragment.selectionSet) : 0;
    perFragment.set(name, count);
    return count;
  };
  return countSet(operation.selectionSet);
}
