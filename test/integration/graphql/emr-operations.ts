import { operationText, type OperationName } from '../../helpers/operations';

/** The Emr operations of test/operations, as codegen names them. */
export type EmrOperationName = Extract<OperationName, `Emr${string}`>;

/** The document of one named operation (from the codegen output, fragments included), ready to send. */
export function emrOperation(name: EmrOperationName): string {
  return operationText(name);
}
