import type { Identity, Role } from '@kassel-hub/protocol';
import { ForbiddenError } from '@kassel-hub/kit';

/**
 * Only the owning partner writes its data. Imports come from the partner's own systems (role
 * `system`) or an administrator; everyday changes from its caseworkers or an administrator.
 * Checked before anything is read or written, so a refused caller changes nothing.
 */
export function assertMayWrite(identity: Identity, owner: string, roles: readonly Role[], what: string): void {
  if (identity.partner !== owner || !identity.roles.some((r) => roles.includes(r))) {
    throw new ForbiddenError(`only the ${owner} partner's ${roles.map((r) => `${r}s`).join(' and ')} may ${what}`);
  }
}

/** Roles that may import a partner's exports. */
export const IMPORT_ROLES: readonly Role[] = ['system', 'admin'];
/** Roles that may record and correct a partner's records one at a time. */
export const CASEWORK_ROLES: readonly Role[] = ['caseworker', 'admin'];
