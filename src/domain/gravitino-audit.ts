import type { EpochMillis } from './instant';

/**
 * Who created and last modified a Gravitino entity (metalake, job template, job). A server omits
 * fields it has no value for (NON_NULL), and `lastModifier`/`lastModifiedTime` until an edit.
 */
export interface GravitinoAudit {
  readonly creator: string | null;
  readonly createTime: EpochMillis | null;
  readonly lastModifier: string | null;
  readonly lastModifiedTime: EpochMillis | null;
}
