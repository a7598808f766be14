import type { Identity } from '@kassel-hub/protocol';
import { ForbiddenError } from '@kassel-hub/kit';

/**
 * Aggregates are monitoring data: open to the coordination office's analysts and to the partner
 * that owns the underlying records (who may see its own figures in any case). Anyone else, a
 * coordination caseworker included, is refused before any SQL runs.
 */
export function mayReadAggregates(identity: Identity, owner: string): boolean {
  if (identity.partner === owner) return true;
  return identity.partner === 'coordination' && identity.roles.includes('analyst');
}

export function assertMayReadAggregates(identity: Identity, owner: string): void {
  if (!mayReadAggregates(identity, owner)) {
    throw new ForbiddenError(`aggregates of ${owner} are open to the coordination office's analysts and to ${owner} itself`);
  }
}
