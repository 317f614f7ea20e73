import { operationText, type OperationName } from '../../helpers/operations';

/** The Sae operations of test/operations, as codegen names them. */
export type SaeOperationName = Extract<OperationName, `Sae${string}`>;

/** The document of one named operation (from the codegen output, fragments included), ready to send. */
export function saeOperation(name: SaeOperationName): string {
  return operationText(name);
}
