import { ForbiddenError } from '@kassel-hub/kit';
import { TransitionManager } from '../entities/transition-manager.entity';
import type { Context } from '../context';
import type { PanelMember } from './panel';

/*
 * "No one gets lost": the leavers a transition manager should reach out to. Person-level, so it
 * goes only to the manager of the leaver's own school, and only for leavers who allowed it.
 */

/** What the list needs of a member counted as unknown; the rest of the member stays in the report. */
export interface FollowUpCandidate {
  pseudonym: string;
  schoolId: string;
  /** A transition-manager case is open today: a manager already works with them. */
  hasOpenCase: boolean;
}

export const followUpCandidate = (m: PanelMember): FollowUpCandidate => ({
  pseudonym: m.pseudonym,
  schoolId: m.school!.schoolId,
  hasOpenCase: m.cases.some((c) => c.closedOn == null),
});

/**
 * The schools of the transition manager asking: a city caseworker whose staff handle (the token's
 * `sub`) is in the staffing register. Anyone else is refused: the list names young people.
 */
export async function managedSchools(ctx: Context): Promise<Set<string>> {
  const { partner, roles, sub } = ctx.identity;
  const register = partner === 'municipality' && roles.includes('caseworker') ? await ctx.em.find(TransitionManager, { handle: sub }) : [];
  if (register.length === 0) {
    throw new ForbiddenError('the list of pseudonyms is for the city\'s transition managers only, each for the leavers of their own school');
  }
  return new Set(register.map((m) => m.schoolId));
}

/**
 * The manager's follow-up list: the unknown leavers of the manager's schools who have no open case
 * yet and whose TRANSITION_SUPPORT consent is in force today (recorded by the school at leaving,
 * or with an earlier case), sorted. Without that consent no one may contact them on this ground.
 */
export async function followUpList(ctx: Context, unknown: readonly FollowUpCandidate[]): Promise<string[]> {
  const schools = await managedSchools(ctx);
  const mine = unknown.filter((c) => schools.has(c.schoolId) && !c.hasOpenCase);
  const consents = await ctx.loaders.validConsentsByPseudonym.loadMany(mine.map((c) => c.pseudonym));
  return mine
    .filter((_, i) => {
      const list = consents[i];
      if (list instanceof Error) throw list;
      return list.some((c) => c.purpose === 'TRANSITION_SUPPORT');
    })
    .map((c) => c.pseudonym)
    .sort();
}
