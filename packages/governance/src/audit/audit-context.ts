import type { SubgraphContext } from '@kassel-hub/kit';
import type { AuditCollector } from './audit-collector';

/** What the audit trail adds to each request's context (see `auditTrail`). */
export interface AuditContext {
  /** Person-level reads by other partners, written to the owner's audit trail before the response leaves. */
  audit: AuditCollector;
}

/** The context of a partner's resolvers: the kit's, with the audit trail's collector. */
export type PartnerContext<L> = SubgraphContext<L> & AuditContext;
