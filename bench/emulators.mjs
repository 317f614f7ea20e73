// The four emulators for the bench, in their own process (so the targets' CPU and memory are
// theirs alone): the built startEmulators with the scenarios' seed, scale and clock, plus
// `--latency-ms N`. Prints the endpoints JSON line, like `jobgraph emulate`, and runs until SIGTERM.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { startEmulators } = require('../dist/emulators/start-emulators.js');
const { BENCH_EMULATORS } = require('./scenarios.cjs');

const { values } = parseArgs({ options: { 'latency-ms': { type: 'string', default: '0' } } });
const running = await startEmulators({ ...BENCH_EMULATORS, latencyMs: Number(values['latency-ms']) });
process.stdout.write(`${JSON.stringify(running.endpoints)}\n`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
