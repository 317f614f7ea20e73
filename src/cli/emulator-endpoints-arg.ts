import { EMULATED_PROVIDERS, type EmulatorEndpoints } from '../emulators/start-emulators';
import { CliUsageError } from './cli-usage-error';

/**
 * Reads the JSON line `jobgraph emulate` prints (from --emulators or JOBGRAPH_EMULATORS): an object
 * with an http(s) URL for each of the four providers.
 */
export function parseEmulatorEndpoints(text: string, source: string): EmulatorEndpoints {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliUsageError(`${source} must be the JSON line printed by \`jobgraph emulate\``);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliUsageError(`${source} must be a JSON object with ${EMULATED_PROVIDERS.join(', ')}`);
  }
  const record = parsed as Record<string, unknown>;
  const endpoints = {} as Record<string, string>;
  for (const provider of EMULATED_PROVIDERS) {
    const value = record[provider];
    if (typeof value !== 'string' || !/^https?:\/\/[^/\s]+\/?$/.test(value)) {
      throw new CliUsageError(
        `${source}: "${provider}" must be an http(s) URL such as http://127.0.0.1:4100`,
      );
    }
    endpoints[provider] = value.replace(/\/$/, '');
  }
  return endpoints as EmulatorEndpoints;
}
