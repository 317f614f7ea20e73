import { ConfigError } from './config-error';
import { Secret } from './secret';

/** Replaces every value of `T` that is a `{ env: NAME }` reference by a Secret. */
export type WithSecrets<T> = T extends { readonly env: string }
  ? Secret
  : T extends readonly (infer U)[]
    ? WithSecrets<U>[]
    : T extends object
      ? { [K in keyof T]: WithSecrets<T[K]> }
      : T;

function isSecretRef(value: unknown): value is { env: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { env?: unknown }).env === 'string'
  );
}

/**
 * Reads every `{ env: NAME }` reference from the environment. A missing or empty variable stops
 * startup with the config path that needed it, never with the value of anything.
 */
export function resolveSecrets<T>(
  value: T,
  env: Readonly<Record<string, string | undefined>>,
  path = '',
): WithSecrets<T> {
  if (isSecretRef(value)) {
    const text = env[value.env];
    if (text === undefined || text === '') {
      throw new ConfigError(`${path || 'config'}: environment variable ${value.env} is not set`);
    }
    return new Secret(text) as WithSecrets<T>;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => resolveSecrets(item, env, `${path}[${index}]`)) as WithSecrets<T>;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] = resolveSecrets(item, env, path ? `${path}.${key}` : key);
    return out as WithSecrets<T>;
  }
  return value as WithSecrets<T>;
}
