import { print, type DocumentNode } from 'graphql';
import * as generated from '../__generated__/operations';

/** A generated document's operation name: `FooDocument` → `Foo`. */
export type OperationName = {
  [K in keyof typeof generated]: K extends `${infer Name}Document` ? Name : never;
}[keyof typeof generated];

/**
 * The text of a named operation from test/operations, taken from the codegen output (which carries
 * the fragments it uses), so the integration tests send exactly the typed documents codegen checked.
 */
export function operationText(name: OperationName): string {
  const document = (generated as unknown as Record<string, DocumentNode | undefined>)[`${name}Document`];
  if (!document)
    throw new Error(`test/__generated__/operations.ts has no ${name}Document; run npm run codegen`);
  return print(document);
}
