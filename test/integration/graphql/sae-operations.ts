import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, separateOperations } from 'graphql';

/** The named operations of test/operations/sae.graphql, each printed with the fragments it uses. */
const OPERATIONS = separateOperations(
  parse(readFileSync(join(__dirname, '..', '..', 'operations', 'sae.graphql'), 'utf8')),
);

/** The names of the SAE operations, as codegen sees them. */
export type SaeOperationName =
  | 'SaeJobTemplates'
  | 'SaeJobTemplateIds'
  | 'SaeJobTemplateCount'
  | 'SaeTemplatesWithExecutions'
  | 'SaeExecutionsOfTemplate'
  | 'SaeNode'
  | 'SaeNodes'
  | 'SaeTemplatesAndExecutions';

/** The document of one named operation, ready to send. */
export function saeOperation(name: SaeOperationName): string {
  const document = OPERATIONS[name];
  if (!document) throw new Error(`test/operations/sae.graphql has no operation ${name}`);
  return print(document);
}
