import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { fieldArguments } from './field-arguments';

/** The first string longer than `maxLength` inside a value, as a path below it (`.x`, `[3]`). */
function longStringIn(value: unknown, path: string, maxLength: number): string | null {
  if (typeof value === 'string') return value.length > maxLength ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = longStringIn(value[i], `${path}[${i}]`, maxLength);
      if (found) return found;
    }
    return null;
  }
  // graphql-js coerces input objects into null-prototype objects; Dates and other scalars' values are skipped.
  const prototype: unknown =
    value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === null || prototype === Object.prototype) {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const found = longStringIn(inner, `${path}.${key}`, maxLength);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses any string argument longer than `maxLength`, inline or from variables, at any depth of
 * input objects and lists (filters, ids, cursors): such a value has no legitimate use, and
 * forwarded upstream it only comes back as a confusing upstream error. Values are read as the
 * executor coerces them, so inline literals, variables and defaults are treated alike; the error
 * names the argument path (`filter.nameContains`, `ids[3]`).
 */
export function checkStringLengths(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxLength: number,
): BadUserInputError | null {
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType): string | null => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[selection.name.value]
            : undefined;
        if (!field) continue;
        for (const [name, value] of Object.entries(fieldArguments(field, selection, variables) ?? {})) {
          const found = longStringIn(value, name, maxLength);
          if (found) return found;
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) {
          const found = walk(selection.selectionSet, type);
          if (found) return found;
        }
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const found = isCompositeType(condition) ? walk(fragment.selectionSet, condition) : null;
        if (found) return found;
      }
    }
    return null;
  };
  const root = schema.getRootType(operation.operation);
  const argument = root ? walk(operation.selectionSet, root) : null;
  return argument === null
    ? null
    : new BadUserInputError(`"${argument}" is longer than ${maxLength} characters.`, { argument });
}
