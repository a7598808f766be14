import { describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { DataCategory } from '@kassel-hub/kit';
import { decideRelease } from './release';

const who = (partner: Identity['partner'], roles: Identity['roles'] = ['caseworker'], purpose: Identity['purpose'] = 'TRANSITION_SUPPORT'): Identity => ({
  sub: 'u1',
  partner,
  roles,
  purpose,
  caseRef: null,
});
const scope = (partner: string, categories: DataCategory[], purpose = 'TRANSITION_SUPPORT') => ({ partner, purpose, categories, consentIds: ['c1'] });

describe('release rules', () => {
  it('the owner reads its own records without consent and without a stated purpose', () => {
    expect(decideRelease(who('schools', ['caseworker'], null), 'schools', DataCategory.SCHOOL_CAREER, null)).toEqual({ allowed: true, legalBasis: null });
  });

  it('another partner reads only what a consent releases to it for the stated purpose, naming the consent', () => {
    expect(decideRelease(who('employment'), 'schools', DataCategory.SCHOOL_CAREER, scope('employment', [DataCategory.SCHOOL_CAREER]))).toEqual({
      allowed: true,
      legalBasis: 'consent:c1',
    });
    expect(decideRelease(who('employment'), 'schools', DataCategory.SCHOOL_CAREER, scope('employment', [DataCategory.GUIDANCE]))).toMatchObject({
      allowed: false,
      code: 'CONSENT_REQUIRED',
    });
  });

  it('without consent, or with a consent for another purpose or recipient, nothing crosses the boundary', () => {
    expect(decideRelease(who('chambers'), 'schools', DataCategory.SCHOOL_CAREER, null)).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(decideRelease(who('chambers', ['caseworker'], 'CAREER_GUIDANCE'), 'schools', DataCategory.SCHOOL_CAREER, scope('chambers', [DataCategory.SCHOOL_CAREER]))).toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    expect(decideRelease(who('chambers'), 'schools', DataCategory.SCHOOL_CAREER, scope('employment', [DataCategory.SCHOOL_CAREER]))).toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
  });

  it('a non-owner must state a purpose', () => {
    expect(decideRelease(who('employment', ['caseworker'], null), 'schools', DataCategory.SCHOOL_CAREER, scope('employment', [DataCategory.SCHOOL_CAREER]))).toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
  });

  it('an analyst sees aggregates only, even with a consent in place', () => {
    expect(decideRelease(who('coordination', ['analyst']), 'schools', DataCategory.SCHOOL_CAREER, scope('coordination', [DataCategory.SCHOOL_CAREER]))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a monitoring consent opens no person-level field: MONITORING as the stated purpose is refused, owner or not', () => {
    const panel = scope('coordination', Object.values(DataCategory), 'MONITORING');
    for (const roles of [['caseworker'], ['system']] as Identity['roles'][]) {
      expect(decideRelease(who('coordination', roles, 'MONITORING'), 'schools', DataCategory.SCHOOL_CAREER, panel)).toMatchObject({
        allowed: false,
        code: 'PURPOSE_AGGREGATES_ONLY',
      });
    }
    expect(decideRelease(who('schools', ['caseworker'], 'MONITORING'), 'schools', DataCategory.SCHOOL_CAREER, null)).toMatchObject({ code: 'PURPOSE_AGGREGATES_ONLY' });
  });

  it('the owner releases only what its manifest\'s rules allow, whatever the consent names', () => {
    // A consent recorded before a rule narrowed still names the category: the owner refuses it.
    const chambersScope = scope('chambers', [DataCategory.BENEFITS, DataCategory.YOUTH_WELFARE_MEASURES]);
    expect(decideRelease(who('chambers'), 'employment', DataCategory.BENEFITS, chambersScope)).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(decideRelease(who('chambers'), 'youthwelfare', DataCategory.YOUTH_WELFARE_MEASURES, chambersScope)).toMatchObject({ code: 'CONSENT_REQUIRED' });
    const guidance = scope('employment', [DataCategory.YOUTH_WELFARE_MEASURES], 'CAREER_GUIDANCE');
    expect(decideRelease(who('employment', ['caseworker'], 'CAREER_GUIDANCE'), 'youthwelfare', DataCategory.YOUTH_WELFARE_MEASURES, guidance)).toMatchObject({ code: 'CONSENT_REQUIRED' });
    // Within the rules the same kind of consent releases.
    expect(decideRelease(who('coordination'), 'employment', DataCategory.BENEFITS, scope('coordination', [DataCategory.BENEFITS]))).toMatchObject({ allowed: true });
    expect(decideRelease(who('employment'), 'youthwelfare', DataCategory.YOUTH_WELFARE_MEASURES, scope('employment', [DataCategory.YOUTH_WELFARE_MEASURES]))).toMatchObject({ allowed: true });
  });
});
