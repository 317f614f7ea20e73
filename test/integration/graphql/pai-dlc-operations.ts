import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, separateOperations } from 'graphql';

/** The named operations of test/operations/pai-dlc.graphql, each printed with the fragments it uses. */
const OPERATIONS = separateOperations(
  parse(readFileSync(join(__dirname, '..', '..', 'operations', 'pai-dlc.graphql'), 'utf8')),
);

/** The names of the PAI-DLC operations, as codegen sees them. */
export type PaiOperationName =
  | 'PaiJobs'
  | 'PaiJobIds'
  | 'PaiJobCount'
  | 'PaiJobsWithPods'
  | 'PaiJobsWithDetails'
  | 'PaiJobDescriptions'
  | 'PaiJobDescriptionsTwice'
  | 'PaiNode'
  | 'PaiNodes'
  | 'PaiNodesWithDescription'
  | 'PaiJobsBesideSae';

/** The document of one named operation, ready to send. */
export function paiOperation(name: PaiOperationName): string {
  const document = OPERATIONS[name];
  if (!document) throw new Error(`test/operations/pai-dlc.graphql has no operation ${name}`);
  return print(document);
}
