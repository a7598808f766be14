/** ISO calendar dates (YYYY-MM-DD) as plain strings: they sort and compare correctly as text. */

const DAY_MS = 86_400_000;

/** The generated world ends here: nothing (contract start, termination, case closure) lies later. */
export const DATA_CUTOFF = '2026-10-31';

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Calendar months later; a day that does not exist in the target month rolls back to its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return toDay(toIso) - toDay(fromIso);
}
