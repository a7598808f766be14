import type { SubgraphContext } from '../context';
import { HubError } from '../errors';
import { appendAudit } from '../audit/audit-log';
import { AuditAction } from '../audit/audit-entry.entity';
import { auditActor } from '../audit/audit-entry.input';

/**
 * A partner releases its panel records only towards the coordination office's analysts, whose
 * answers are counts under disclosure control. The release is audited by the owner: one entry per
 * request, naming every pseudonym released and the fields, with the monitoring consents as basis.
 */
export async function releasePanelRecords<T extends { pseudonym: string }>(
  ctx: SubgraphContext<unknown>,
  cohortYear: number,
  fields: string[],
  records: T[],
): Promise<T[]> {
  const { partner, roles } = ctx.identity;
  if (partner !== 'coordination' || !roles.includes('analyst')) {
    throw new HubError('FORBIDDEN', 'panel records feed the coordination office\'s reports only');
  }
  if (records.length > 0) {
    await appendAudit(ctx.em, [
      {
        ...auditActor(ctx.identity),
        action: AuditAction.READ,
        legalBasis: `consent:MONITORING:${cohortYear}`,
        pseudonym: null,
        fields,
        detail: { cohortYear, released: records.length, pseudonyms: [...new Set(records.map((r) => r.pseudonym))].sort() },
      },
    ]);
  }
  return records;
}
