import { describe, expect, it } from 'vitest';
import { assessRisk } from './district-dashboard';
import { RiskAssessment } from './district-dashboard.type';

describe('a district\'s risk verdict from the published rates', () => {
  it.each([
    [3, 0, RiskAssessment.AT_RISK],
    [3, 2, RiskAssessment.AT_RISK],
    [2, 0, RiskAssessment.NOT_AT_RISK],
    [1, 1, RiskAssessment.NOT_AT_RISK],
    // two worse and one suppressed: that one could be worse too, so "not at risk" would be a guess
    [2, 1, RiskAssessment.NOT_ENOUGH_PUBLISHED_DATA],
    [0, 3, RiskAssessment.NOT_ENOUGH_PUBLISHED_DATA],
    [0, 5, RiskAssessment.NOT_ENOUGH_PUBLISHED_DATA],
  ])('%i worse, %i unknown: %s', (worse, unknown, verdict) => {
    expect(assessRisk(worse, unknown)).toBe(verdict);
  });
});
