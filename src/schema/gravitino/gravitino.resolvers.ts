import { GravitinoJobTemplateResolver } from './gravitino-job-template.resolver';
import { GravitinoJobResolver } from './gravitino-job.resolver';
import { GravitinoMetalakeResolver } from './gravitino-metalake.resolver';
import { GravitinoShellJobTemplate } from './gravitino-shell-job-template.type';
import { GravitinoSparkJobTemplate } from './gravitino-spark-job-template.type';
import { GravitinoUnknownJobTemplate } from './gravitino-unknown-job-template.type';

/**
 * The concrete job template types. No field returns them by name (only the GravitinoJobTemplate
 * interface), so no resolver reaches them: build-schema passes them as `orphanedTypes`.
 */
export const GRAVITINO_JOB_TEMPLATE_TYPES = [
  GravitinoShellJobTemplate,
  GravitinoSparkJobTemplate,
  GravitinoUnknownJobTemplate,
] as const;

/** The resolver classes of the Gravitino schema (root lists, links); the types come with them. */
export const GRAVITINO_RESOLVERS = [
  GravitinoJobResolver,
  GravitinoJobTemplateResolver,
  GravitinoMetalakeResolver,
] as const;
