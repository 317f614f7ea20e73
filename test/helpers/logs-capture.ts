import { Writable } from 'node:stream';
import type { LogSink } from '../../src/errors/log-sink';
import { pinoLog } from '../../src/observability/pino-log';

/** A gateway's log as the tests read it: the text of each line, and each line as the CLI writes it. */
export interface CapturedLogs {
  /** Pass as GatewayOptions.log. */
  readonly log: LogSink;
  /** The text of every line (what the old string sinks received); clear with `.length = 0`. */
  readonly lines: string[];
  /** Every line as the pino JSON the CLI writes (all levels, debug included); clear with `.length = 0`. */
  readonly json: string[];
  /** `json`, parsed. */
  parsed(): Record<string, unknown>[];
}

/**
 * A capturing LogSink that renders each line through the CLI's own pino sink into memory, so a
 * test sees exactly the JSON a deployment would ship (fields included), not only the text.
 */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const json: string[] = [];
  const memory = new Writable({
    write(chunk: Buffer, _encoding, done) {
      json.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const pino = pinoLog(memory, { level: 'debug', format: 'json' });
  return {
    lines,
    json,
    log: (line, level, fields) => {
      lines.push(line);
      pino(line, level, fields);
    },
    parsed: () => json.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
