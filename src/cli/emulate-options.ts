import type { EmulatorScale } from '../emulators/shared/emulator-types';
import { SAE_FIELD_VALUE_MODES } from '../emulators/sae/list-jobs.query';
import type { StartEmulatorsOptions } from '../emulators/start-emulators';
import { GRAVITINO_SERVER_VERSIONS } from '../emulators/gravitino/gravitino.wire';
import { CliUsageError } from './cli-usage-error';
import { listOrder, pageCaps } from './emulate-list-options';
import { flagChoice } from './flag-choice';

/** Raw option values as node:util parseArgs gives them. */
export type RawOptions = Record<string, string | boolean | undefined>;

/** Flags shared by `emulate` and (for demo mode) `start`. */
export const EMULATE_FLAGS = {
  'port-base': { type: 'string' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  chaos: { type: 'string' },
  'latency-ms': { type: 'string' },
  host: { type: 'string' },
  'list-order': { type: 'string' },
  'page-caps': { type: 'string' },
  'sae-field-value': { type: 'string' },
  'gravitino-version': { type: 'string' },
} as const;

function portBase(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  // Four consecutive ports must fit below 65536.
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port < 1 || port > 65532) {
    throw new CliUsageError(`--port-base must be an integer from 1 to 65532, got "${String(value)}"`);
  }
  return port;
}

const SCALES = ['small', 'large'] as const satisfies readonly EmulatorScale[];

function chaos(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const rate = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new CliUsageError(`--chaos must be a rate from 0 to 1, got "${String(value)}"`);
  }
  return rate;
}

function latencyMs(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  // A minute is far past any round trip worth emulating; a typo (30000 for 30) should not hang every call.
  if (typeof value !== 'string' || !/^\d+$/.test(value) || ms > 60_000) {
    throw new CliUsageError(`--latency-ms must be an integer from 0 to 60000, got "${String(value)}"`);
  }
  return ms;
}

function text(flag: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`--${flag} needs a value`);
  return value;
}

/** Validates the emulator flags into startEmulators options. */
export function toStartEmulatorsOptions(raw: RawOptions): StartEmulatorsOptions {
  const options: { -readonly [K in keyof StartEmulatorsOptions]: StartEmulatorsOptions[K] } = {};
  const values = {
    portBase: portBase(raw['port-base']),
    scale: flagChoice('scale', SCALES, raw.scale),
    seed: text('seed', raw.seed),
    chaos: chaos(raw.chaos),
    latencyMs: latencyMs(raw['latency-ms']),
    host: text('host', raw.host),
    listOrder: listOrder(raw['list-order']),
    pageCaps: pageCaps(raw['page-caps']),
    saeFieldValue: flagChoice('sae-field-value', SAE_FIELD_VALUE_MODES, raw['sae-field-value']),
    gravitinoVersion: flagChoice('gravitino-version', GRAVITINO_SERVER_VERSIONS, raw['gravitino-version']),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) Object.assign(options, { [key]: value });
  }
  return options;
}
