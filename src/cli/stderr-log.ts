import type { Env } from '../config/load-config';
import type { LogSink } from '../errors/log-sink';

/**
 * The gateway's log on stderr, one `jobgraph: ` line per event, a level (`warn:`, `debug:`) after
 * the prefix when the line has one. Debug lines are written only with JOBGRAPH_LOG_LEVEL=debug.
 */
export function stderrLog(stderr: NodeJS.WritableStream, env: Env): LogSink {
  const debug = env.JOBGRAPH_LOG_LEVEL === 'debug';
  return (line, level) => {
    if (level === 'debug' && !debug) return;
    stderr.write(`jobgraph: ${level ? `${level}: ` : ''}${line}\n`);
  };
}
