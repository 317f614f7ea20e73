import { operationText, type OperationName } from '../../helpers/operations';

/** The Gravitino operations of test/operations, as codegen names them. */
export type GravitinoOperationName = Extract<OperationName, `Gravitino${string}`>;

/** The document of one named operation (from the codegen output, fragments included), ready to send. */
export function gravitinoOperation(name: GravitinoOperationName): string {
  return operationText(name);
}
