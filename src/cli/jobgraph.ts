import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error';
import type { Env } from '../config/load-config';
import { CliUsageError } from './cli-usage-error';
import { EMULATE_FLAGS } from './emulate-options';
import { emulateCommand } from './emulate.command';
import { hashKeyCommand } from './hash-key.command';
import { manifestCommand } from './manifest.command';
import { schemaCommand } from './schema.command';
import { startCommand } from './start.command';

const USAGE = `Usage: jobgraph [command] [options]

Commands:
  start     (default) serve the GraphQL API on PORT (default 4000); with no JOBGRAPH_CONFIG,
            demo mode over the four emulators (started here, or --emulators JSON /
            JOBGRAPH_EMULATORS = the line \`jobgraph emulate\` prints); takes the emulate flags too
  emulate   run the four provider emulators and print their endpoints as one JSON line
            --port-base N        first port (the others follow); default: free ports
            --scale small|large  dataset size; default small
            --seed S             data seed; default "jobgraph"
            --chaos RATE         share of calls (0..1) that get a seeded random fault
            --latency-ms N       every API call waits N ms before its answer (a network
                                 round trip, for benchmarks); default 0
            --host H             listen address; default 127.0.0.1
            --sae-field-value strict|comma-list
                                 how SAE ListJobs reads FieldValue under FieldType=appIds:
                                 one id (strict, documented; default) or ids joined by commas
            --gravitino-version main|1.3.0
                                 the Gravitino release to answer as; default main
            --list-order newest-first|shuffled
                                 EMR ListJobRuns and SAE DescribeJobHistory order (neither is
                                 documented); default newest-first
            --page-caps KEY=N[,KEY=N]
                                 largest page served where the docs state none
                                 (paiListJobs, emrListWorkspaces); default: no cap
  schema    print the GraphQL SDL (schema.graphql is this output)
            --federation         the Apollo Federation 2 subgraph SDL instead (subgraph.graphql)
  manifest FILE...
            print the safelist manifest (persistedQueries.safelist.manifest) of the named
            operations in the .graphql files, each validated against the schema
  hash-key  print the SHA-256 of the API key on stdin, for auth.apiKeys[].sha256
            --generate           make a new random key and print it with its hash
  help      show this text
`;

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** Runs the CLI; resolves with the process exit code. */
export async function main(
  argv: readonly string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
  env: Env = process.env,
): Promise<number> {
  const [first, ...rest] = argv;
  const command = first === undefined || first.startsWith('-') ? 'start' : first;
  const args = command === first ? rest : [...argv];
  try {
    switch (command) {
      case 'start': {
        const options = { ...EMULATE_FLAGS, emulators: { type: 'string' } } as const;
        const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
        await startCommand(values, io, env);
        return 0;
      }
      case 'emulate': {
        const { values } = parseArgs({ args, options: EMULATE_FLAGS, strict: true, allowPositionals: false });
        await emulateCommand(values, io);
        return 0;
      }
      case 'hash-key': {
        const { values } = parseArgs({
          args,
          options: { generate: { type: 'boolean' } },
          strict: true,
          allowPositionals: false,
        });
        await hashKeyCommand(values, io, process.stdin);
        return 0;
      }
      case 'schema': {
        const { values } = parseArgs({
          args,
          options: { federation: { type: 'boolean' } },
          strict: true,
          allowPositionals: false,
        });
        await schemaCommand(values, io);
        return 0;
      }
      case 'manifest': {
        const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
        await manifestCommand(positionals, io);
        return 0;
      }
      case 'help':
      case '--help':
        io.stdout.write(USAGE);
        return 0;
      default:
        throw new CliUsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`jobgraph: ${error.message}\n`);
      return 1;
    }
    if (
      error instanceof CliUsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`jobgraph: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      io.stderr.write(
        `jobgraph: cannot listen: ${code === 'EADDRINUSE' ? 'a port is already in use' : 'permission denied'}\n`,
      );
      return 1;
    }
    throw error;
  }
}
