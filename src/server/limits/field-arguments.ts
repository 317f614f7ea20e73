import { getArgumentValues, type FieldNode, type GraphQLField } from 'graphql';

/**
 * A field's argument values as the executor will see them (variables and defaults applied), or
 * null when they do not coerce: execution then fails that field with its own BAD_USER_INPUT before
 * any resolver (and any upstream call) runs, so the pre-execution checks have nothing to add.
 */
export function fieldArguments(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return null;
  }
}
