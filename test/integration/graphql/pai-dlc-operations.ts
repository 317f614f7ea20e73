import { operationText, type OperationName } from '../../helpers/operations';

/** The Pai operations of test/operations, as codegen names them. */
export type PaiOperationName = Extract<OperationName, `Pai${string}`>;

/** The document of one named operation (from the codegen output, fragments included), ready to send. */
export function paiOperation(name: PaiOperationName): string {
  return operationText(name);
}
