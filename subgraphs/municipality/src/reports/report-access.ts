import { assertMayReadAggregates, ForbiddenError } from '@kassel-hub/kit';
import type { Context } from '../context';

/** Reports are the coordination office's: its analysts (and the city itself) read them. */
export const assertReports = (ctx: Context) => assertMayReadAggregates(ctx.identity, 'municipality');

/** The city's transition managers: the only ones who may see whom "no one gets lost" is about. */
export function assertTransitionManager(ctx: Context): void {
  const { partner, roles } = ctx.identity;
  if (partner !== 'municipality' || !roles.includes('caseworker')) {
    throw new ForbiddenError('the list of pseudonyms is for the city\'s transition managers (municipality caseworkers) only');
  }
}
