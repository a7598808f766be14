import { describe, expect, it } from 'vitest';
import { retentionCutoff, retentionMonths } from './audit-retention';

describe('audit retention period', () => {
  it('12 months before a date is the same day and time a year earlier', () => {
    expect(retentionCutoff(new Date('2026-11-25T10:30:00.000Z'), 12).toISOString()).toBe('2025-11-25T10:30:00.000Z');
  });

  it('a month end that the target month lacks is clamped, never rolled into the next month', () => {
    expect(retentionCutoff(new Date('2026-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(retentionCutoff(new Date('2024-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-01-15T00:00:00.000Z'), 2).toISOString()).toBe('2025-11-15T00:00:00.000Z');
  });

  it('an operator typo (0, negative, fractional, text, decades) is refused instead of wiping the trail', () => {
    for (const bad of ['0', '-1', '1.5', 'twelve', '121']) expect(retentionMonths.safeParse(bad).success).toBe(false);
    expect(retentionMonths.parse('12')).toBe(12);
  });
});
