import type { GravitinoAudit } from '../../domain/gravitino-audit';
import { fromIsoString } from '../../domain/instant';
import type { AuditDTO } from './gravitino.dto';
import { wireText } from './gravitino-wire-values';

/** AuditDTO → GravitinoAudit; an absent audit gives all-null fields. Microseconds are truncated to ms. */
export function toGravitinoAudit(dto: AuditDTO | undefined): GravitinoAudit {
  const audit: Partial<Record<keyof AuditDTO, unknown>> = typeof dto === 'object' && dto !== null ? dto : {};
  return {
    creator: wireText(audit.creator),
    createTime: fromIsoString(wireText(audit.createTime)),
    lastModifier: wireText(audit.lastModifier),
    lastModifiedTime: fromIsoString(wireText(audit.lastModifiedTime)),
  };
}
