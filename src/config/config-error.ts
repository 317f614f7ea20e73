/**
 * A bad config file or environment: startup stops with this message (which names the bad key and
 * what was expected), never with a stack trace.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
