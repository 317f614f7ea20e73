import { readFile } from 'node:fs/promises';
import { parse, validate, type DocumentNode } from 'graphql';
import { buildManifest } from '../server/persisted-queries/build-manifest';
import { buildGatewaySchema } from '../schema/build-schema';
import { CliUsageError } from './cli-usage-error';

/**
 * `jobgraph manifest FILE...`: the safelist manifest (`persistedQueries.safelist.manifest`) of the
 * named operations in the given .graphql files, as JSON on stdout. Every operation is validated
 * against this gateway's schema first: a manifest listing a query the gateway would refuse anyway
 * only hides the mistake until a client sends it.
 */
export async function manifestCommand(
  files: readonly string[],
  io: { stdout: NodeJS.WritableStream },
): Promise<void> {
  if (files.length === 0) throw new CliUsageError('manifest needs at least one .graphql file');
  const documents: DocumentNode[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new CliUsageError(`manifest: cannot read ${file}`);
    }
    try {
      documents.push(parse(text));
    } catch (error) {
      throw new CliUsageError(`manifest: ${file} is not a GraphQL document: ${(error as Error).message}`);
    }
  }
  const manifest = buildManifest(documents);
  const schema = await buildGatewaySchema();
  for (const operation of manifest.operations) {
    if (operation.name === '') throw new CliUsageError('manifest: every operation needs a name');
    const errors = validate(schema, parse(operation.body));
    if (errors.length > 0)
      throw new CliUsageError(
        `manifest: operation ${operation.name} is invalid: ${errors[0]?.message ?? ''}`,
      );
  }
  io.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}
