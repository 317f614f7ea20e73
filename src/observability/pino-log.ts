import pino, { type Level } from 'pino';
import pretty from 'pino-pretty';
import type { LogSink } from '../errors/log-sink';

/** The levels JOBGRAPH_LOG_LEVEL accepts, most to least severe. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/** One of LOG_LEVELS. */
export type LogThreshold = (typeof LOG_LEVELS)[number];

/** How the CLI's log is written: JSON lines, or pino-pretty's human lines (demo mode). */
export interface PinoLogOptions {
  readonly level: LogThreshold;
  readonly format: 'json' | 'pretty';
}

/**
 * The CLI's LogSink on pino: one JSON object per line (`level`, `time`, `msg` and the line's typed
 * fields), or the same rendered by pino-pretty. The text it is given was already made safe where
 * it was built (error-log-line.ts runs upstream text through redactForLog); the fields are typed
 * values jobgraph computed. A line without a level is an error.
 */
export function pinoLog(destination: NodeJS.WritableStream, options: PinoLogOptions): LogSink {
  const stream =
    options.format === 'pretty'
      ? pretty({ destination, colorize: false, sync: true, ignore: 'pid,hostname' })
      : destination;
  // No pid/hostname base: a host name is not the log's to publish, and the process knows its pid.
  const logger = pino({ level: options.level, base: { name: 'jobgraph' } }, stream);
  return (line, level, fields) => {
    const method: Level = level ?? 'error';
    if (fields) logger[method](fields, line);
    else logger[method](line);
  };
}
