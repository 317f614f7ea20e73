import { z } from 'zod';
import { providersSchema } from './providers.config';
import { resilienceOverridesSchema } from './resilience.config';

/** The whole config file (JOBGRAPH_CONFIG). Unknown keys are errors, so typos do not pass silently. */
export const configFileSchema = z
  .object({
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(4000),
        host: z.string().min(1).default('0.0.0.0'),
      })
      .strict()
      .default({}),
    providers: providersSchema.default({}),
    /** Defaults for every instance; each instance may override them under its own `resilience`. */
    resilience: resilienceOverridesSchema.default({}),
  })
  .strict();

/** The config file as parsed, secrets still as `{ env }` references. */
export type ConfigFile = z.infer<typeof configFileSchema>;
