import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { resolveAuth } from './auth.config';
import { resolveCache } from './cache.config';
import { ConfigError } from './config-error';
import type { Secret } from './secret';
import { configFileSchema } from './config.schema';
import { formatConfigIssues } from './format-config-issues';
import type { EndpointOverride, GatewayConfig } from './gateway-config';
import { resolveLimits } from './limits.config';
import { resolvePersistedQueries } from './persisted-queries.config';
import { resolveRateLimit } from './rate-limit.config';
import { resolveResilience } from './resilience.config';
import { resolveSecrets } from './resolve-secrets';
import { resolveTenants } from './tenants.config';

/** The environment, as the one module allowed to read it passes it around. */
export type Env = Readonly<Record<string, string | undefined>>;

function parseEndpoint(value: string | undefined): EndpointOverride | undefined {
  if (value === undefined) return undefined;
  const match = /^(https?):\/\/([^/]+)\/?$/.exec(value);
  return match
    ? { protocol: match[1] as 'http' | 'https', host: match[2] ?? '' }
    : { protocol: 'https', host: value };
}

function parsePort(env: Env): number | undefined {
  const text = env.PORT;
  if (text === undefined || text === '') return undefined;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new ConfigError(`PORT: expected an integer from 0 to 65535`);
  return port;
}

/** Cursor keys shorter than this are refused: a guessable key lets anyone forge cursors. */
export const CURSOR_SECRET_MIN_LENGTH = 32;

/** The configured cursor key, refused (by name, never by value) when it is too short to be a key. */
function cursorSecret(secret: Secret): Secret {
  if (secret.reveal().length < CURSOR_SECRET_MIN_LENGTH)
    throw new ConfigError(
      `server.cursorSecret: must be at least ${CURSOR_SECRET_MIN_LENGTH} characters (e.g. \`openssl rand -hex 32\`)`,
    );
  return secret;
}

/** Validates config text (YAML or JSON) and resolves its secret references from `env`. */
export function parseConfig(text: string, env: Env, source = 'file'): GatewayConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new ConfigError(`invalid config ${source}: not valid YAML${where}`);
  }
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(formatConfigIssues(parsed.error, source));
  const file = resolveSecrets(parsed.data, env);
  // Generic, so an SAE instance keeps its own keys (batchAppIdLookups).
  const alibaba = <I extends (typeof file.providers.paiDlc)[number]>(instances: readonly I[]) =>
    instances.map(({ endpoint, resilience, ...instance }) => ({
      ...instance,
      ...(endpoint ? { endpoint: parseEndpoint(endpoint) } : {}),
      resilience: resolveResilience(file.resilience, resilience),
    }));
  const cache = resolveCache(file.cache);
  return {
    mode: 'configured',
    server: {
      port: parsePort(env) ?? file.server.port,
      host: file.server.host,
      drainGraceMs: file.server.drainGraceMs,
      ...(file.server.metricsRequireAuth !== undefined
        ? { metricsRequireAuth: file.server.metricsRequireAuth }
        : {}),
      federation: file.server.federation,
      ...(file.server.cursorSecret ? { cursorSecret: cursorSecret(file.server.cursorSecret) } : {}),
    },
    limits: resolveLimits(file.limits),
    // Replicas count each tenant's rates together on the cache's Redis (unless rateLimit.redis: false).
    rateLimit: resolveRateLimit(file.rateLimit, cache.redis),
    persistedQueries: resolvePersistedQueries(file.persistedQueries),
    auth: resolveAuth(file.auth),
    tenants: resolveTenants(file.tenants),
    cache,
    providers: {
      emrServerlessSpark: alibaba(file.providers.emrServerlessSpark),
      paiDlc: alibaba(file.providers.paiDlc),
      sae: alibaba(file.providers.sae),
      gravitino: file.providers.gravitino.map(({ resilience, url, ...instance }) => ({
        ...instance,
        url: url.replace(/\/+$/, ''),
        resilience: resolveResilience(file.resilience, resilience),
      })),
    },
  };
}

/** Where demo mode listens: PORT (validated) or 4000, on loopback like the configured default. */
export function demoServerSettings(env: Env): { port: number; host: string } {
  return { port: parsePort(env) ?? 4000, host: '127.0.0.1' };
}

/**
 * Reads the file named by JOBGRAPH_CONFIG. Returns undefined when the variable is unset: that is
 * demo mode, and the caller wires the providers to the emulators.
 */
export function loadConfig(env: Env): GatewayConfig | undefined {
  const path = env.JOBGRAPH_CONFIG;
  if (path === undefined || path === '') return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new ConfigError(`JOBGRAPH_CONFIG: cannot read ${path} (${code})`);
  }
  return parseConfig(text, env, path);
}
