import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { CostEnvironment } from '../cost/cost-environment';
import type { OperationCheck } from './check-operation';

/** Admitted verdicts kept per document: enough for the variable sets one client cycles through. */
const MAX_VARIABLE_SETS_PER_DOCUMENT = 64;

/**
 * Admitted verdicts of checkOperation, per cost environment, parsed document, operation and
 * variables. Apollo hands every request with the same query text the same parsed DocumentNode (its
 * document store), and the verdict depends on nothing else, so the walks (selection count, shape,
 * string lengths, cost) run once per distinct request instead of on every request. Refusals are not
 * kept: they are rare, and each carries its own error object. Everything is held weakly by the
 * document and the environment, so a document Apollo evicts takes its verdicts with it.
 */
export class OperationCheckMemo {
  private readonly byEnvironment = new WeakMap<
    CostEnvironment,
    WeakMap<DocumentNode, Map<string, OperationCheck>>
  >();

  /** The kept verdict, or `check()`'s (kept when it admits the operation). */
  verdict(
    environment: CostEnvironment,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    check: () => OperationCheck,
  ): OperationCheck {
    let byDocument = this.byEnvironment.get(environment);
    if (!byDocument) this.byEnvironment.set(environment, (byDocument = new WeakMap()));
    let verdicts = byDocument.get(document);
    if (!verdicts) byDocument.set(document, (verdicts = new Map()));
    const key = `${operation.name?.value ?? ''}\u0000${variables === undefined ? '' : JSON.stringify(variables)}`;
    const known = verdicts.get(key);
    if (known) return known;
    const verdict = check();
    if (verdict.refusal === null) {
      if (verdicts.size >= MAX_VARIABLE_SETS_PER_DOCUMENT) verdicts.clear();
      verdicts.set(key, verdict);
    }
    return verdict;
  }
}
