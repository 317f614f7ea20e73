import { getOperationAST, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { costEnvironmentOf } from '../../../src/server/cost/cost-environment';
import { checkOperation, type OperationCheck } from '../../../src/server/limits/check-operation';
import { OperationCheckMemo } from '../../../src/server/limits/operation-check-memo';
import { demoEnvironment, gatewaySchema, limitsWith } from './limits-fixture';

const QUERY = 'query Page($first: Int!) { paiJobs(first: $first) { nodes { id } } }';

describe('OperationCheckMemo: the limits and cost walks run once per distinct request', () => {
  const environment = demoEnvironment();
  const document = parse(QUERY);
  const operation = getOperationAST(document) as OperationDefinitionNode;

  /** Asks the memo, counting the checks it really runs. */
  function asker(memo: OperationCheckMemo, maxObjects = 25_000) {
    let runs = 0;
    const ask = async (variables: Record<string, unknown>, doc: DocumentNode = document) => {
      const schema = await gatewaySchema();
      const op = getOperationAST(doc) as OperationDefinitionNode;
      return memo.verdict(environment, doc, op, variables, (): OperationCheck => {
        runs += 1;
        return checkOperation(schema, doc, op, variables, limitsWith({ maxObjects }), environment);
      });
    };
    return { ask, runs: () => runs };
  }

  it('keeps an admitted verdict per document and variables, and runs the check again for other variables', async () => {
    const { ask, runs } = asker(new OperationCheckMemo());
    const first = await ask({ first: 20 });
    expect(first.refusal).toBeNull();
    expect(await ask({ first: 20 })).toBe(first);
    expect(runs()).toBe(1);
    const other = await ask({ first: 50 });
    expect(other.estimate?.requestedObjects).toBeGreaterThan(first.estimate?.requestedObjects ?? Infinity);
    expect(runs()).toBe(2);
    // Another parse of the same text is another document: Apollo's store hands out one per text.
    await ask({ first: 20 }, parse(QUERY));
    expect(runs()).toBe(3);
    expect(operation.name?.value).toBe('Page');
  });

  it('never keeps a refusal: each refused request is checked and gets its own error', async () => {
    const { ask, runs } = asker(new OperationCheckMemo(), 10);
    const refused = await ask({ first: 100 });
    expect(refused.refusal?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxObjects' });
    const again = await ask({ first: 100 });
    expect(again.refusal).not.toBe(refused.refusal);
    expect(runs()).toBe(2);
  });

  it('costEnvironmentOf returns the same environment for the same instance lists, a new one for another view', () => {
    const lists = { emrServerlessSpark: [], paiDlc: [], sae: [], gravitino: [] };
    const same = costEnvironmentOf({ ...lists });
    expect(costEnvironmentOf({ ...lists })).toBe(same);
    expect(costEnvironmentOf({ ...lists, sae: [] })).not.toBe(same);
  });
});
