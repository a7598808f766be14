import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Mutation, Query, Resolver, Directive } from 'type-graphql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { assertDistrictCode, assertYear, assertPseudonym, HubError, InvalidArgumentError, NotFoundError } from '@kassel-hub/kit';
import { ownerScopes } from '@kassel-hub/protocol';
import { Consent } from '../entities/consent.entity';
import { ConsentGiver } from '../entities/enums';
import { YouthRecord } from '../entities/youth-record.entity';
import { GrantConsentInput } from '../inputs/grant-consent.input';
import { issuePseudonym } from '../pseudonym';
import { unreleasableParts } from '../consent-releasable';
import type { Context } from '../context';

/** Age from which a young person consents for themself (the hub's rule, see SECURITY.md). */
export const SELF_CONSENT_AGE = 15;
/** Case work consents run at most three years; a monitoring panel follows its cohort for ten. */
const maxValidityYears = (purpose: string) => (purpose === 'MONITORING' ? 10 : 3);

/** Only the city's own staff keep the consent register. */
function assertRegisterStaff(ctx: Context) {
  const { partner, roles } = ctx.identity;
  if (partner !== 'municipality' || !roles.some((r) => r === 'caseworker' || r === 'admin')) {
    throw new HubError('FORBIDDEN', 'only the city\'s caseworkers keep the consent register');
  }
}

function validate(input: GrantConsentInput) {
  if (input.recipients.length === 0 || new Set(input.recipients).size !== input.recipients.length) {
    throw new InvalidArgumentError('INVALID_RECIPIENTS', 'name each recipient partner once, at least one', 'recipients');
  }
  if (input.categories.length === 0 || new Set(input.categories).size !== input.categories.length) {
    throw new InvalidArgumentError('INVALID_CATEGORIES', 'name each data category once, at least one', 'categories');
  }
  const unreleasable = unreleasableParts(input.purpose, input.recipients, input.categories);
  if (unreleasable.length) {
    throw new InvalidArgumentError(
      'CONSENT_NOT_RELEASABLE',
      `no owner releases these for ${input.purpose}, whatever a consent says: ${unreleasable.join(', ')} (docs/partners.md, "Release rules")`,
      'categories',
    );
  }
  const years = maxValidityYears(input.purpose);
  const until = new Date(`${input.validFrom}T00:00:00Z`);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  if (input.validUntil < input.validFrom || input.validUntil > until.toISOString().slice(0, 10)) {
    throw new InvalidArgumentError('INVALID_CONSENT_PERIOD', `validUntil must be on or after validFrom and within ${years} years`, 'validUntil');
  }
  if ((input.purpose === 'MONITORING') !== (input.cohortYear !== undefined && input.cohortYear !== null)) {
    throw new InvalidArgumentError('INVALID_COHORT', 'a MONITORING consent names its cohort year; other consents do not', 'cohortYear');
  }
  if (input.cohortYear !== undefined && input.cohortYear !== null) assertYear(input.cohortYear, 'cohortYear');
  if (!Number.isInteger(input.ageAtConsent) || input.ageAtConsent < 0 || input.ageAtConsent > 30) {
    throw new InvalidArgumentError('INVALID_AGE', 'ageAtConsent must be between 0 and 30', 'ageAtConsent');
  }
  if (input.givenBy === ConsentGiver.YOUNG_PERSON && input.ageAtConsent < SELF_CONSENT_AGE) {
    throw new InvalidArgumentError('GUARDIAN_CONSENT_REQUIRED', `under ${SELF_CONSENT_AGE} a guardian gives the consent`, 'givenBy');
  }
  if (input.givenBy === ConsentGiver.GUARDIAN && input.ageAtConsent >= SELF_CONSENT_AGE) {
    throw new InvalidArgumentError('OWN_CONSENT_REQUIRED', `from ${SELF_CONSENT_AGE} the young person gives the consent`, 'givenBy');
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Directive(ownerScopes('municipality'))
  @Query(() => [Consent], { description: 'All consents of a young person, newest first, withdrawn ones included. City caseworkers only.' })
  async consents(@Arg('pseudonym', () => ID) pseudonym: string, @Ctx() ctx: Context): Promise<Consent[]> {
    assertRegisterStaff(ctx);
    return ctx.em.find(Consent, { pseudonym: assertPseudonym(pseudonym) }, { orderBy: { recordedAt: 'desc' } });
  }

  @Directive(ownerScopes('municipality'))
  @Mutation(() => Consent, {
    description:
      'Records a consent. Without a pseudonym it registers the young person and issues a new random pseudonym. Refused (CONSENT_NOT_RELEASABLE, nothing recorded) when it names a category for a recipient and purpose that its owner never releases (docs/partners.md, "Release rules").',
  })
  async grantConsent(@Arg('input', () => GrantConsentInput) input: GrantConsentInput, @Ctx() ctx: Context): Promise<Consent> {
    assertRegisterStaff(ctx);
    validate(input);
    if (input.pseudonym !== undefined && input.pseudonym !== null) assertPseudonym(input.pseudonym);
    if (input.districtCode !== undefined && input.districtCode !== null) assertDistrictCode(input.districtCode);
    const today = new Date().toISOString().slice(0, 10);
    return ctx.em.transactional(async (tx) => {
      let pseudonym = input.pseudonym;
      if (!pseudonym) {
        pseudonym = issuePseudonym();
        tx.create(YouthRecord, { pseudonym, districtCode: input.districtCode ?? null, registeredOn: today });
      } else if (!(await tx.findOne(YouthRecord, { pseudonym }))) {
        throw new NotFoundError('young person', pseudonym);
      }
      const consent = tx.create(Consent, {
        id: randomUUID(),
        pseudonym,
        purpose: input.purpose,
        recipients: input.recipients,
        categories: input.categories,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        givenBy: input.givenBy,
        ageAtConsent: input.ageAtConsent,
        cohortYear: input.cohortYear ?? null,
        recordedAt: new Date(),
        recordedBy: ctx.identity.sub,
        withdrawnAt: null,
        withdrawnBy: null,
      });
      await tx.flush();
      await appendAudit(tx, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.CHANGE,
          legalBasis: `consent:${consent.id}`,
          pseudonym,
          fields: ['consent'],
          detail: { change: 'grant', consentId: consent.id, newPseudonym: !input.pseudonym },
        },
      ]);
      return consent;
    });
  }

  @Directive(ownerScopes('municipality'))
  @Mutation(() => Consent, { description: 'Withdraws a consent. It releases nothing from the next request on, everywhere; the record stays as evidence.' })
  async withdrawConsent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Consent> {
    assertRegisterStaff(ctx);
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new InvalidArgumentError('INVALID_ID', 'a consent id is a UUID', 'id');
    return ctx.em.transactional(async (tx) => {
      const consent = await tx.findOne(Consent, { id });
      if (!consent) throw new NotFoundError('consent', id);
      if (consent.withdrawnAt) throw new HubError('ALREADY_WITHDRAWN', `consent ${id} was withdrawn on ${consent.withdrawnAt.toISOString()}`);
      consent.withdrawnAt = new Date();
      consent.withdrawnBy = ctx.identity.sub;
      await tx.flush();
      await appendAudit(tx, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.CHANGE,
          legalBasis: `consent:${consent.id}`,
          pseudonym: consent.pseudonym,
          fields: ['consent'],
          detail: { change: 'withdraw', consentId: consent.id },
        },
      ]);
      return consent;
    });
  }
}
