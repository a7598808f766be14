import { isReadPurpose } from '@kassel-hub/protocol';
import type { ConsentScope } from '@kassel-hub/kit';
import type { Context } from './context';

/**
 * The consent scope of one young person for the requester: the categories that consents in force
 * release to the requester's partner for the purpose stated with this request. Monitoring
 * consents never count: they admit the young person to a cohort's panel (reports/panel.ts), whose
 * records leave the hub only as counts, so a request stating MONITORING gets an empty scope.
 */
export async function consentScopeFor(pseudonym: string, ctx: Context): Promise<ConsentScope> {
  const identity = ctx.identity;
  const scope: ConsentScope = { partner: identity.partner, purpose: identity.purpose, categories: [], consentIds: [] };
  if (!isReadPurpose(identity.purpose) || identity.partner === 'municipality') return scope;
  for (const c of await ctx.loaders.validConsentsByPseudonym.load(pseudonym)) {
    if (c.purpose !== identity.purpose || !isReadPurpose(c.purpose) || !(c.recipients as string[]).includes(identity.partner)) continue;
    scope.consentIds.push(c.id);
    for (const cat of c.categories) if (!scope.categories.includes(cat)) scope.categories.push(cat);
  }
  return scope;
}
