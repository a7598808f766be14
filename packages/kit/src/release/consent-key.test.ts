import { describe, expect, it } from 'vitest';
import { ConsentKeyError, decodeConsentKey, encodeConsentKey } from './consent-key';
import type { ConsentScope } from './consent-scope.type';

const scope: ConsentScope = {
  partner: 'employment',
  purpose: 'CAREER_GUIDANCE',
  categories: ['SCHOOL_CAREER', 'TRAINING'],
  consentIds: ['4f0c1b6e-2d7a-4c1e-9a55-0b8e6f3d2a10', 'consent-1'],
};

const refusal = (key: unknown) => {
  try {
    decodeConsentKey(key);
  } catch (e) {
    return e;
  }
  throw new Error(`key ${JSON.stringify(key)} was accepted`);
};

describe('the consent key', () => {
  it('round-trips a scope, an empty one and one without a purpose', () => {
    expect(encodeConsentKey(scope)).toBe('v1|employment|CAREER_GUIDANCE|SCHOOL_CAREER,TRAINING|4f0c1b6e-2d7a-4c1e-9a55-0b8e6f3d2a10,consent-1');
    expect(decodeConsentKey(encodeConsentKey(scope))).toEqual(scope);
    const empty: ConsentScope = { partner: 'coordination', purpose: 'TRANSITION_SUPPORT', categories: [], consentIds: [] };
    expect(decodeConsentKey(encodeConsentKey(empty))).toEqual(empty);
    const none: ConsentScope = { partner: 'schools', purpose: null, categories: [], consentIds: [] };
    expect(encodeConsentKey(none)).toBe('v1|schools|||');
    expect(decodeConsentKey('v1|schools|||')).toEqual(none);
  });

  it('is much shorter than the scope object it replaces', () => {
    expect(encodeConsentKey(scope).length).toBeLessThan(JSON.stringify(scope).length * 0.8);
  });

  it.each([
    ['not a string', { partner: 'employment' }],
    ['null', null],
    ['empty', ''],
    ['another version', 'v2|employment|CAREER_GUIDANCE|TRAINING|c1'],
    ['a missing part', 'v1|employment|CAREER_GUIDANCE|TRAINING'],
    ['an extra part', 'v1|employment|CAREER_GUIDANCE|TRAINING|c1|x'],
    ['an unknown category', 'v1|employment|CAREER_GUIDANCE|TRAINING,EVERYTHING|c1'],
    ['a category in lower case', 'v1|employment|CAREER_GUIDANCE|training|c1'],
    ['a repeated category', 'v1|employment|CAREER_GUIDANCE|TRAINING,TRAINING|c1'],
    ['an empty list item', 'v1|employment|CAREER_GUIDANCE|TRAINING,|c1'],
    ['an unknown purpose', 'v1|employment|SNOOPING|TRAINING|c1'],
    ['a malformed partner', 'v1|Employment |CAREER_GUIDANCE|TRAINING|c1'],
    ['a malformed consent id', 'v1|employment|CAREER_GUIDANCE|TRAINING|c 1'],
    ['a repeated consent id', 'v1|employment|CAREER_GUIDANCE|TRAINING|c1,c1'],
    ['an oversized key', `v1|employment|CAREER_GUIDANCE|TRAINING|${Array.from({ length: 300 }, (_, i) => `consent-${i}-padding`).join(',')}`],
  ])('refuses %s with CONSENT_KEY_MALFORMED', (_what, key) => {
    const e = refusal(key);
    expect(e).toBeInstanceOf(ConsentKeyError);
    expect((e as ConsentKeyError).extensions.code).toBe('CONSENT_KEY_MALFORMED');
  });

  it('refuses to encode a scope that would not decode to itself', () => {
    expect(() => encodeConsentKey({ ...scope, consentIds: ['a|b'] })).toThrow(ConsentKeyError);
    expect(() => encodeConsentKey({ ...scope, partner: 'a,b' })).toThrow(ConsentKeyError);
  });
});
