import { startEmulators } from '../emulators/start-emulators';
import { toStartEmulatorsOptions, type RawOptions } from './emulate-options';
import { waitForShutdown } from './wait-for-shutdown';

/**
 * `jobgraph start`: the default command. Until the GraphQL gateway lands (issue 4) it runs the
 * demo world, the four emulators, and tells the user where they are and how to call them.
 */
export async function startCommand(raw: RawOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<void> {
  const running = await startEmulators(toStartEmulatorsOptions(raw));
  const lines = [
    'jobgraph: demo mode: no config file, so the four provider emulators run on loopback.',
    ...Object.entries(running.endpoints).map(([provider, url]) => `  ${provider.padEnd(19)} ${url}`),
    'Alibaba emulators accept AccessKeyId "jobgraph-emulator" with secret "jobgraph-emulator-secret".',
    `Try: curl '${running.endpoints.gravitino}/api/metalakes'`,
    'Press Ctrl+C to stop.',
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  const signal = await waitForShutdown();
  io.stderr.write(`jobgraph: ${signal} received, stopping\n`);
  await running.stop();
}
