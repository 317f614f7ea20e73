/**
 * How much a log line matters. Lines without a level are failures (error-log-line.ts); `warn` is
 * upstream data jobgraph refused and answered without; `debug` is how a call was made, for an
 * operator comparing a deployment with the documentation. A deployment may drop debug lines.
 */
export type LogLevel = 'warn' | 'debug';

/**
 * The gateway's one logger (GatewayOptions.log): one line per event, never secrets, upstream
 * URLs, endpoints or stack traces.
 */
export type LogSink = (line: string, level?: LogLevel) => void;
