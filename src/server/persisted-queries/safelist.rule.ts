import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { OperationNotInSafelistError } from '../../errors/operation-not-in-safelist.error';
import { sha256Hex } from './manifest';

/** Every root field is `__schema`, `__type` or `__typename`, through root fragments. */
function introspectionOnly(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return introspectionOnly(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = fragments.get(name);
    // An unknown fragment is reported by graphql-js's own rule.
    return fragment === undefined || introspectionOnly(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Safelist mode as a validation rule, so that an unlisted document is refused before any plugin
 * estimates, admits or runs it: the document's source text must hash (sha256, as Apollo's
 * queryHash and a manifest id) to one of `ids`. Introspection-only documents pass, so GraphiQL
 * and tooling keep working where introspection is allowed (Apollo's own rule refuses them where it
 * is not). Apollo caches validated documents by that same hash, so a document is hashed here
 * once per process, not per request.
 */
export function safelistRule(ids: ReadonlySet<string>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const source = document.loc?.source.body;
    if (source !== undefined && ids.has(sha256Hex(source))) return {};
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    return {
      Document(node) {
        const operations = node.definitions.filter(
          (definition) => definition.kind === Kind.OPERATION_DEFINITION,
        );
        if (
          operations.length > 0 &&
          operations.every((operation) => introspectionOnly(operation.selectionSet, fragments))
        )
          return;
        context.reportError(new OperationNotInSafelistError());
      },
    };
  };
}
