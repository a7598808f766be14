import { UseMiddleware } from 'type-graphql';
import { isReadPurpose, type Identity } from '@kassel-hub/protocol';
import type { PartnerContext } from '../audit/audit-context';
import { HubError } from '@kassel-hub/kit';
import { consentMayRelease, type DataCategory } from '@kassel-hub/kit';
import type { ConsentScope } from '@kassel-hub/kit';

export type ReleaseDecision =
  | { allowed: true; legalBasis: string | null }
  | { allowed: false; code: 'FORBIDDEN' | 'PURPOSE_REQUIRED' | 'PURPOSE_AGGREGATES_ONLY' | 'CONSENT_REQUIRED'; message: string };

/** Roles that do case work; analysts see aggregates only. */
const PERSON_LEVEL_ROLES = new Set(['caseworker', 'system', 'admin']);

/**
 * The owner decides: its own staff read its records; anyone else only while a valid consent of
 * the young person releases this category to the requester's partner for the stated purpose.
 */
export function decideRelease(identity: Identity, owner: string, category: DataCategory, scope: ConsentScope | null | undefined): ReleaseDecision {
  if (!identity.roles.some((r) => PERSON_LEVEL_ROLES.has(r))) {
    return { allowed: false, code: 'FORBIDDEN', message: 'person-level data is for case work; analysts see aggregates only' };
  }
  // Checked before the owner's own reads too: whoever states MONITORING asks for the panel's
  // aggregates, and a person-level answer under that purpose would be logged with a wrong basis.
  if (identity.purpose !== null && !isReadPurpose(identity.purpose)) {
    return {
      allowed: false,
      code: 'PURPOSE_AGGREGATES_ONLY',
      message: `${identity.purpose} serves aggregate reports only; a person-level read states a purpose of case work`,
    };
  }
  if (identity.partner === owner) return { allowed: true, legalBasis: null };
  if (!identity.purpose) {
    return { allowed: false, code: 'PURPOSE_REQUIRED', message: 'state the purpose of a person-level read in the x-hub-purpose header' };
  }
  // The scope's purpose is checked as well as the request's: a register that computed a scope from
  // monitoring consents must still release nothing.
  const covers =
    scope &&
    scope.partner === identity.partner &&
    scope.purpose === identity.purpose &&
    isReadPurpose(scope.purpose) &&
    scope.categories.includes(category) &&
    consentMayRelease(category, identity.partner, scope.purpose);
  if (!covers) {
    return {
      allowed: false,
      code: 'CONSENT_REQUIRED',
      message: `no valid consent releases ${category} data of this young person to ${identity.partner} for ${identity.purpose}`,
    };
  }
  return { allowed: true, legalBasis: `consent:${scope.consentIds.join(',')}` };
}

/** What a person-level field's root must carry: the pseudonym and, for non-owners, the scope. */
export interface ReleasableRoot {
  pseudonym: string;
  consentScope?: ConsentScope | null;
}

/**
 * Guards a person-level field: refused fields resolve to null with an error whose code says why,
 * and the rest of the response is still delivered. Allowed reads by other partners are audited.
 */
export function Released(category: DataCategory): MethodDecorator & PropertyDecorator {
  return UseMiddleware(async ({ root, context, info }, next) => {
    const ctx = context as PartnerContext<unknown>;
    const r = root as ReleasableRoot;
    // Subgraphs other than the register's receive the scope in the entity representation.
    const scope = r.consentScope !== undefined || ctx.identity.partner === ctx.owner ? r.consentScope : await ctx.consentScopeOf?.(r.pseudonym);
    const decision = decideRelease(ctx.identity, ctx.owner, category, scope);
    if (!decision.allowed) throw new HubError(decision.code, decision.message, { category });
    if (decision.legalBasis) ctx.audit.read({ pseudonym: r.pseudonym, field: info.fieldName, legalBasis: decision.legalBasis });
    return next();
  });
}
