import { startEmulators } from '../emulators/start-emulators';
import { toStartEmulatorsOptions, type RawOptions } from './emulate-options';
import { waitForShutdown } from './wait-for-shutdown';

/**
 * `jobgraph emulate`: starts the four emulators, prints their endpoints as ONE JSON line on stdout
 * (other tools parse it: `jobgraph start --emulators "$(...)"`), and runs until SIGINT or SIGTERM.
 */
export async function emulateCommand(
  raw: RawOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<void> {
  const options = toStartEmulatorsOptions(raw);
  const running = await startEmulators(options);
  io.stdout.write(`${JSON.stringify(running.endpoints)}\n`);
  const signal = await waitForShutdown();
  io.stderr.write(`jobgraph emulate: ${signal} received, stopping emulators\n`);
  await running.stop();
}
