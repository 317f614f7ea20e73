import type { Env } from '../config/load-config';
import type { LogSink } from '../errors/log-sink';
import { logSettings } from '../observability/log-settings';
import { pinoLog } from '../observability/pino-log';

/**
 * The gateway's log on stderr through pino: JSON lines, or pino-pretty's human lines in demo mode
 * (JOBGRAPH_LOG_FORMAT overrides), at JOBGRAPH_LOG_LEVEL (default info: failures, refused
 * upstream values and one access line per request; debug adds how calls were made).
 */
export function stderrLog(stderr: NodeJS.WritableStream, env: Env, demo: boolean): LogSink {
  return pinoLog(stderr, logSettings(env, demo));
}
