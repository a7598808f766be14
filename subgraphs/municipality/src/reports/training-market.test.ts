import { describe, expect, it } from 'vitest';
import type { ApplicantMarket, ProtectedCount } from '@kassel-hub/governance';
import { trainingMarket } from './training-market';

const shown = (value: number): ProtectedCount => ({ value, suppressed: false, reason: null });
const hidden: ProtectedCount = { value: null, suppressed: true, reason: null };

// BIBB's worked definitions with round numbers: NAA 600, unfilled 50, unplaced 40, still searching
// from an alternative 60, other former 120, unknown 30, placed 400 (applicants 650).
const market = (over: Partial<Record<keyof ApplicantMarket, ProtectedCount>> = {}): ApplicantMarket =>
  ({
    applicants: shown(650),
    placed: shown(400),
    alternativeSearching: shown(60),
    otherFormer: shown(120),
    unplaced: shown(40),
    unknown: shown(30),
    reportedPlaces: shown(500),
    unfilledPlaces: shown(50),
    ...over,
  }) as ApplicantMarket;

describe('the training-market ratios of a reporting year', () => {
  it('ANR = (NAA + unfilled) ÷ (NAA + unplaced), extended with those still searching; EQI = NAA ÷ (NAA + applicants not placed)', () => {
    expect(trainingMarket(shown(600), market())).toEqual({
      offer: 650,
      demand: 640,
      extendedDemand: 700,
      anr: Math.round((650 / 640) * 10_000) / 10_000,
      anrExtended: Math.round((650 / 700) * 10_000) / 10_000,
      interested: 600 + 250,
      eqi: Math.round((600 / 850) * 10_000) / 10_000,
    });
  });

  it('a hidden count makes only the figures that need it null', () => {
    const t = trainingMarket(shown(600), market({ unfilledPlaces: hidden, otherFormer: hidden }));
    expect(t.offer).toBeNull();
    expect(t.anr).toBeNull();
    expect(t.demand).toBe(640);
    // applicants − placed still gives the EQI's base when a small status is hidden
    expect(t.interested).toBe(850);
  });

  it('without the new contracts nothing can be said', () => {
    expect(Object.values(trainingMarket(hidden, market())).every((v) => v === null)).toBe(true);
  });
});
