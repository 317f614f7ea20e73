import { z } from 'zod';

/**
 * How long a draining gateway (SIGTERM) waits for requests in flight before it closes their
 * connections: under a typical orchestrator's 30 s kill timeout, above the request deadline's
 * usual length.
 */
export const DRAIN_GRACE_MS_DEFAULT = 10_000;

/** `server.drainGraceMs`: 0 stops at once; at most 10 minutes. */
export const drainGraceMsSchema = z.number().int().min(0).max(600_000).default(DRAIN_GRACE_MS_DEFAULT);
