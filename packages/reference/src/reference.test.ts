import { describe, expect, it } from 'vitest';
import {
  APPRENTICESHIP_OCCUPATIONS,
  COMPETENT_BODIES,
  DISTRICT_NAMES,
  isApprenticeshipKldb,
  isDistrictCode,
  isPseudonym,
  isQualification,
  QUALIFICATION_LABEL,
  QUALIFICATIONS,
} from './index';

describe('reference data', () => {
  it('names the 23 Stadtteile by the codes 01 to 23, each once', () => {
    expect(DISTRICT_NAMES.map((d) => d.code)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(DISTRICT_NAMES.map((d) => d.name)).size).toBe(23);
    expect(isDistrictCode('11')).toBe(true);
    expect(isDistrictCode('24')).toBe(false);
  });

  it('keys occupations by distinct five-digit KldB codes of skilled tasks, each with a competent body and a regular duration', () => {
    const codes = APPRENTICESHIP_OCCUPATIONS.map((o) => o.kldb);
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of APPRENTICESHIP_OCCUPATIONS) {
      expect(o.kldb, o.title).toMatch(/^\d{4}2$/);
      expect(COMPETENT_BODIES).toContain(o.body);
      expect([24, 36, 42]).toContain(o.durationMonths);
    }
    for (const body of COMPETENT_BODIES) expect(APPRENTICESHIP_OCCUPATIONS.some((o) => o.body === body), body).toBe(true);
    expect(isApprenticeshipKldb('81102')).toBe(true); // Medizinische/r Fachangestellte/r
    expect(isApprenticeshipKldb('99999')).toBe(false);
  });

  it('orders the Hessian qualifications lowest first, each with a German label', () => {
    expect(QUALIFICATIONS[0]).toBe('NONE');
    expect(QUALIFICATIONS.at(-1)).toBe('ABITUR');
    expect(Object.keys(QUALIFICATION_LABEL).sort()).toEqual([...QUALIFICATIONS].sort());
    expect(isQualification('FHR')).toBe(true);
    expect(isQualification('fhr')).toBe(false);
  });

  it('accepts pseudonyms of Y and 12 Crockford characters only', () => {
    expect(isPseudonym('Y0123456789AB')).toBe(true);
    expect(isPseudonym('YILOU00000000')).toBe(false); // I, L, O, U are not Crockford digits
    expect(isPseudonym('X0123456789AB')).toBe(false);
    expect(isPseudonym('Y0123456789A')).toBe(false);
  });
});
