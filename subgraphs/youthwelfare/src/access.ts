import { ForbiddenError } from '@kassel-hub/kit';
import type { Context } from './context';

/** The partner's own staff, who read its records by number; everyone else goes through a young person and their consent. */
export function assertOwnStaff(ctx: Context): void {
  if (ctx.identity.partner !== ctx.owner || !ctx.identity.roles.some((r) => r === 'caseworker' || r === 'admin')) {
    throw new ForbiddenError('records are read by number by the partner\'s own case workers only');
  }
}
