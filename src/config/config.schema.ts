import { z } from 'zod';
import { checkAuthReferences } from './auth-references';
import { authSchema } from './auth.config';
import { drainGraceMsSchema } from './drain.config';
import { cacheSchema } from './cache.config';
import { limitsSchema } from './limits.config';
import { persistedQueriesSchema } from './persisted-queries.config';
import { providersSchema } from './providers.config';
import { rateLimitSchema } from './rate-limit.config';
import { resilienceOverridesSchema } from './resilience.config';
import { secretRefSchema } from './secret';
import { tenantsSchema } from './tenants.config';

/** The whole config file (JOBGRAPH_CONFIG). Unknown keys are errors, so typos do not pass silently. */
export const configFileSchema = z
  .object({
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(4000),
        // Loopback unless an operator opens it up on purpose (`0.0.0.0`).
        host: z.string().min(1).default('127.0.0.1'),
        /** On SIGTERM: how long requests in flight may finish; see DRAIN_GRACE_MS_DEFAULT. */
        drainGraceMs: drainGraceMsSchema,
        // Unset: scrapers of /metrics authenticate only when the listener is not loopback.
        metricsRequireAuth: z.boolean().optional(),
        // Also serve the Apollo Federation 2 subgraph (subgraph.graphql) at /subgraph.
        federation: z.boolean().default(false),
        // The key that signs cursors ({ env: NAME }); replicas behind one load balancer need the same one.
        cursorSecret: secretRefSchema.optional(),
      })
      .strict()
      .default({}),
    providers: providersSchema.default({}),
    /** Defaults for every instance; each instance may override them under its own `resilience`. */
    resilience: resilienceOverridesSchema.default({}),
    /** Request limits (cost, depth, deadline, body size); see LIMITS_DEFAULTS. */
    limits: limitsSchema.default({}),
    /** Per-tenant request and upstream-call rates; see RATE_LIMIT_DEFAULTS. */
    rateLimit: rateLimitSchema.default({}),
    /** Automatic persisted queries and the optional safelist; see PERSISTED_QUERIES_DEFAULTS. */
    persistedQueries: persistedQueriesSchema.default({}),
    /** How callers authenticate; required once any provider is configured (see checkAuthReferences). */
    auth: authSchema.optional(),
    /** Who may call and what each tenant may read. */
    tenants: tenantsSchema.default([]),
    /** The cross-request cache of upstream reads (memory, or Redis when `redis.url` is set); see CACHE_DEFAULTS. */
    cache: cacheSchema.default({}),
  })
  .strict()
  .superRefine(checkAuthReferences)
  .superRefine((file, ctx) => {
    // Shared buckets live on the cache's Redis; asking for them without one would count per process silently.
    if (file.rateLimit.redis === true && file.cache.redis === undefined)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['rateLimit', 'redis'],
        message: "true needs cache.redis.url: the shared buckets are kept on the cache's Redis",
      });
  });

/** The config file as parsed, secrets still as `{ env }` references. */
export type ConfigFile = z.infer<typeof configFileSchema>;
