import type { GravitinoAudit } from './gravitino-audit';

/** A Gravitino metalake: the top-level container of job templates and jobs on one server. */
export interface GravitinoMetalake {
  readonly instanceId: string;
  readonly name: string;
  readonly comment: string | null;
  /** Free-form string properties (e.g. `in-use`). */
  readonly properties: Readonly<Record<string, string>>;
  /** All-null fields when the server sent no audit. */
  readonly audit: GravitinoAudit;
}
