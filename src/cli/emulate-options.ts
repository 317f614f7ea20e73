import type { EmulatorScale } from '../emulators/shared/emulator-types';
import { SAE_FIELD_VALUE_MODES, type SaeFieldValueMode } from '../emulators/sae/list-jobs.query';
import type { StartEmulatorsOptions } from '../emulators/start-emulators';
import {
  GRAVITINO_SERVER_VERSIONS,
  type GravitinoServerVersion,
} from '../emulators/gravitino/gravitino.wire';
import { CliUsageError } from './cli-usage-error';
import { listOrder, pageCaps } from './emulate-list-options';

/** Raw option values as node:util parseArgs gives them. */
export type RawOptions = Record<string, string | boolean | undefined>;

/** Flags shared by `emulate` and (for demo mode) `start`. */
export const EMULATE_FLAGS = {
  'port-base': { type: 'string' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  chaos: { type: 'string' },
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

function scale(value: string | boolean | undefined): EmulatorScale | undefined {
  if (value === undefined) return undefined;
  if (value !== 'small' && value !== 'large')
    throw new CliUsageError(`--scale must be small or large, got "${String(value)}"`);
  return value;
}

function chaos(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const rate = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new CliUsageError(`--chaos must be a rate from 0 to 1, got "${String(value)}"`);
  }
  return rate;
}

function saeFieldValue(value: string | boolean | undefined): SaeFieldValueMode | undefined {
  if (value === undefined) return undefined;
  const mode = SAE_FIELD_VALUE_MODES.find((candidate) => candidate === value);
  if (mode === undefined)
    throw new CliUsageError(`--sae-field-value must be strict or comma-list, got "${String(value)}"`);
  return mode;
}

function gravitinoVersion(value: string | boolean | undefined): GravitinoServerVersion | undefined {
  if (value === undefined) return undefined;
  const version = GRAVITINO_SERVER_VERSIONS.find((candidate) => candidate === value);
  if (version === undefined)
    throw new CliUsageError(`--gravitino-version must be main or 1.3.0, got "${String(value)}"`);
  return version;
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
    scale: scale(raw.scale),
    seed: text('seed', raw.seed),
    chaos: chaos(raw.chaos),
    host: text('host', raw.host),
    listOrder: listOrder(raw['list-order']),
    pageCaps: pageCaps(raw['page-caps']),
    saeFieldValue: saeFieldValue(raw['sae-field-value']),
    gravitinoVersion: gravitinoVersion(raw['gravitino-version']),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) Object.assign(options, { [key]: value });
  }
  return options;
}
