import { Counter } from 'prom-client';
import type { SubgraphExtension, SubgraphTables } from '@kassel-hub/kit';
import { AuditEntry } from './audit-entry.entity';
import { AuditCollector } from './audit-collector';
import type { AuditContext } from './audit-context';
import { auditMigrations } from './migrations';
import { assertAuditAppendOnly } from './audit-access';
import { auditPlugin } from './audit-plugin';

/**
 * The owner's audit trail as a part of every partner's subgraph: its table and guard in the
 * partner's database (append-only for the serving role, the witness functions granted to it), a
 * collector on each request's context, and the plugin that writes what a request released before
 * its response leaves, refusing the response when it cannot.
 */
export const auditTrail: SubgraphExtension<AuditContext> = {
  name: 'audit trail',
  entities: [AuditEntry],
  migrations: auditMigrations,
  access: { appendOnly: ['audit_entry'], execute: ['audit_head()', 'audit_lookup(bigint[])', 'audit_witnesses()'] },
  checkAccess: assertAuditAppendOnly,
  requestContext: ({ identity, owner }) => ({ audit: new AuditCollector(identity, owner) }),
  plugins({ logger, metrics }) {
    const appends = new Counter({ name: 'hub_subgraph_audit_entries_total', help: 'Entries appended to the audit trail for requests (reads released to other partners)', registers: [metrics.registry] });
    return [auditPlugin(logger, { appended: (entries) => appends.inc(entries), refused: () => metrics.errors.inc({ code: 'AUDIT_UNAVAILABLE' }) })];
  },
};

/** The trail's tables alone, for tools that open a partner's database for its trail (audit, move). */
export const auditTables: SubgraphTables = { entities: [], migrations: [], extensions: [auditTrail] };
