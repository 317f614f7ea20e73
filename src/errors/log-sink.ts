/**
 * How much a log line matters. Lines without a level are failures (error-log-line.ts); `warn` is
 * upstream data jobgraph refused and answered without; `info` is the access line each request
 * ends with; `debug` is how a call was made, for an operator comparing a deployment with the
 * documentation. A deployment may drop info and debug lines.
 */
export type LogLevel = 'warn' | 'info' | 'debug';

/**
 * Typed fields a line carries beside its text (JSON members in the structured log). Only values
 * jobgraph computed itself go here (ids it made, names it checked, counts, codes): never upstream
 * text, URLs, hosts or secrets, which is why the values are plain scalars and string lists.
 */
export type LogFields = Readonly<
  Record<string, string | number | boolean | null | readonly string[] | Readonly<Record<string, number>>>
>;

/**
 * The gateway's one logger (GatewayOptions.log): one line per event, never secrets, upstream
 * URLs, endpoints or stack traces. A sink that only wants the text (a test capturing lines) may
 * ignore `fields`; the CLI's sink writes them as JSON members (src/observability/pino-log.ts).
 */
export type LogSink = (line: string, level?: LogLevel, fields?: LogFields) => void;
