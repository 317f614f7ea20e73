import { ConfigError } from '../config/config-error';
import { LOG_LEVELS, type PinoLogOptions, type LogThreshold } from './pino-log';

/** Raised for a JOBGRAPH_LOG_LEVEL or JOBGRAPH_LOG_FORMAT the gateway does not know. */
export class LogSettingsError extends ConfigError {}

/**
 * The log settings from the environment: `JOBGRAPH_LOG_LEVEL` (error, warn, info, debug; default
 * info) and `JOBGRAPH_LOG_FORMAT` (json, pretty; default pretty in demo mode, where a person
 * reads the terminal, json otherwise, where a collector reads it).
 */
export function logSettings(
  env: { readonly JOBGRAPH_LOG_LEVEL?: string; readonly JOBGRAPH_LOG_FORMAT?: string },
  demo: boolean,
): PinoLogOptions {
  const level = env.JOBGRAPH_LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new LogSettingsError(
      `JOBGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(level.slice(0, 20))}).`,
    );
  const format = env.JOBGRAPH_LOG_FORMAT || (demo ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty')
    throw new LogSettingsError(
      `JOBGRAPH_LOG_FORMAT must be json or pretty (got ${JSON.stringify(format.slice(0, 20))}).`,
    );
  return { level: level as LogThreshold, format };
}
