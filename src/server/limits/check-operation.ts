import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { LimitsConfig } from '../../config/limits.config';
import { QueryTooComplexError } from '../../errors/query-too-complex.error';
import type { CostEnvironment } from '../cost/cost-environment';
import { estimateCost, type CostEstimate } from '../cost/estimate-cost';
import { measureOperation } from './operation-shape';
import { countFieldSelections } from './selection-count';
import { checkStringLengths } from './string-length-check';

/** The verdict on an operation before it runs: the estimate (when it got that far) and a refusal, if any. */
export interface OperationCheck {
  readonly estimate: CostEstimate | null;
  readonly refusal: GraphQLError | null;
}

/**
 * Every limit that needs the validated operation, cheapest first, so that a hostile document is
 * refused before anything expensive is done with it: expanded selection count (arithmetic, safe
 * against fragment bombs), then depth, aliases, root fields and directives, then string lengths,
 * then the provider-aware cost.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limits: LimitsConfig,
  environment: CostEnvironment,
): OperationCheck {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const refuse = (refusal: GraphQLError, estimate: CostEstimate | null = null): OperationCheck => ({
    estimate,
    refusal,
  });
  const selections = countFieldSelections(operation, fragments);
  if (selections > limits.maxFieldSelections) {
    return refuse(new QueryTooComplexError('maxFieldSelections', selections, limits.maxFieldSelections));
  }
  const shape = measureOperation(operation, fragments);
  const checks = [
    ['maxDepth', shape.depth],
    ['maxAliases', shape.aliases],
    ['maxRootFields', shape.rootFields],
    ['maxDirectives', shape.directives],
  ] as const;
  for (const [limit, found] of checks) {
    if (found > limits[limit]) return refuse(new QueryTooComplexError(limit, found, limits[limit]));
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Variables that do not coerce fail the whole request in execution, before any resolver runs.
  if (coerced.errors) return { estimate: { requestedObjects: 0, requestedUpstreamCalls: 0 }, refusal: null };
  const longString = checkStringLengths(
    schema,
    operation,
    fragments,
    coerced.coerced,
    limits.maxStringLength,
  );
  if (longString) return refuse(longString);
  const estimate = estimateCost(schema, operation, fragments, coerced.coerced, environment);
  if (estimate.requestedObjects > limits.maxObjects) {
    return refuse(
      new QueryTooComplexError('maxObjects', estimate.requestedObjects, limits.maxObjects),
      estimate,
    );
  }
  if (estimate.requestedUpstreamCalls > limits.maxUpstreamCalls) {
    return refuse(
      new QueryTooComplexError('maxUpstreamCalls', estimate.requestedUpstreamCalls, limits.maxUpstreamCalls),
      estimate,
    );
  }
  return { estimate, refusal: null };
}
