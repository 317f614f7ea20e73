import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * The spec's "Operation Type Existence" rule, which graphql-js 16 does not ship (17 has
 * KnownOperationTypesRule): jobgraph's schema is read-only, so `mutation { ... }` and
 * `subscription { ... }` are refused as the client's mistake while the document is validated
 * (GRAPHQL_VALIDATION_FAILED, nothing executed), instead of failing inside execution as an
 * unexpected error.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      const rootType =
        node.operation === 'mutation'
          ? schema.getMutationType()
          : node.operation === 'subscription'
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      if (rootType) return;
      context.reportError(
        new GraphQLError(
          `This API does not support ${node.operation} operations: it is read-only and has only queries.`,
          { nodes: node },
        ),
      );
    },
  };
}
