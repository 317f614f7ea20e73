import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, separateOperations } from 'graphql';

/** The named operations of test/operations/emr-serverless-spark.graphql, each with the fragments it uses. */
const OPERATIONS = separateOperations(
  parse(readFileSync(join(__dirname, '..', '..', 'operations', 'emr-serverless-spark.graphql'), 'utf8')),
);

/** The names of the EMR operations, as codegen sees them. */
export type EmrOperationName =
  | 'EmrWorkspacesWithRuns'
  | 'EmrWorkspaces'
  | 'EmrWorkspaceIds'
  | 'EmrWorkspaceCount'
  | 'EmrJobRuns'
  | 'EmrJobRunIds'
  | 'EmrJobRunsWithDetails'
  | 'EmrWorkspaceNode'
  | 'EmrJobRunNode'
  | 'EmrNodes'
  | 'EmrWorkspacesBesideSae'
  | 'EmrSameRunsTwice';

/** The document of one named operation, ready to send, so the tests send exactly the codegen input. */
export function emrOperation(name: EmrOperationName): string {
  const document = OPERATIONS[name];
  if (!document) throw new Error(`test/operations/emr-serverless-spark.graphql has no operation ${name}`);
  return print(document);
}
