import type { SubgraphDefinition } from '@kassel-hub/kit';
import { auditTrail } from './audit/audit-trail';

/**
 * A partner's subgraph: the kit's plumbing with the owner's audit trail. Every partner defines its
 * subgraph through this, so none can start without the trail its releases are written to.
 */
export function partnerSubgraph<L>(def: Omit<SubgraphDefinition<L>, 'extensions'>): SubgraphDefinition<L> {
  return { ...def, extensions: [auditTrail] };
}
