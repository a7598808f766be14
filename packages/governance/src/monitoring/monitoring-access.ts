import type { SubgraphContext } from '@kassel-hub/kit';
import { HubError } from '@kassel-hub/kit';
import { appendAudit } from '../audit/audit-log';
import { AuditAction } from '../audit/audit-entry.entity';
import { auditActor } from '../audit/audit-entry.input';
import { COORDINATION, MONITORING_READERS } from '@kassel-hub/protocol';

/**
 * Who the panel records may be computed for: the coordination office's analysts, whose answers are
 * counts under disclosure control, and the roles a partner's manifest names (`monitoringReaders`:
 * the city's transition managers).
 * The managers are the ones who follow up "no one gets lost": they need the pseudonyms of members
 * known to no partner (Cohort.unknownToAll), which the city's subgraph lists only to a manager
 * registered for the member's school, only for members without an open case whose
 * TRANSITION_SUPPORT consent is in force, and they get nothing but those pseudonyms and counts.
 */
export const mayComputeFromPanel = (partner: string, roles: readonly string[]) =>
  (partner === COORDINATION && roles.includes('analyst')) || (MONITORING_READERS[partner]?.some((r) => roles.includes(r)) ?? false);

/**
 * A partner releases its panel columns (panel-records.ts) only towards the city's subgraph
 * computing the reports for one of those (`mayComputeFromPanel`). The release is audited by the
 * owner: one entry per request, naming every pseudonym released (`pseudonyms`: one per row, repeats
 * allowed) and the fields, with the monitoring consents as basis.
 */
export async function releasePanel<T>(
  ctx: SubgraphContext<unknown>,
  cohortYear: number,
  fields: string[],
  pseudonyms: readonly string[],
  panel: T,
): Promise<T> {
  const { partner, roles } = ctx.identity;
  if (!mayComputeFromPanel(partner, roles)) {
    throw new HubError('FORBIDDEN', 'panel records feed the coordination office\'s reports and the city\'s transition managers only');
  }
  if (pseudonyms.length > 0) {
    await appendAudit(ctx.em, [
      {
        ...auditActor(ctx.identity),
        action: AuditAction.READ,
        legalBasis: `consent:MONITORING:${cohortYear}`,
        pseudonym: null,
        fields,
        detail: { cohortYear, released: pseudonyms.length, pseudonyms: [...new Set(pseudonyms)].sort() },
      },
    ]);
  }
  return panel;
}
