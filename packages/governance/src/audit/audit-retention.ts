import { z } from 'zod';

/** The federal model keeps access logs for 12 months. */
export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * A retention period in whole months. At least one month, so that a typo cannot wipe the trail;
 * at most ten years, beyond any retention rule that applies to access logs.
 */
export const retentionMonths = z.coerce.number().int().min(1).max(120);

/**
 * The instant `months` calendar months before `now` (UTC). The day is clamped to the target
 * month's length, so 31 March minus one month is 28/29 February, not 3 March.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
}
