import { InvalidArgumentError } from '@kassel-hub/kit';
import type { PanelMember } from './panel';
import { CountSystem, Rank, type ProtectedCounts } from './count-system';
import { share } from './destinations';
import { addMonths } from './per-request';
import type { UnknownToAllReport } from './unknown-to-all.type';

/**
 * The windows a client may ask for. A fixed few, protected together: with any month allowed, two
 * answers a month apart could be subtracted to count the one or two people found in between.
 */
export const UNKNOWN_WINDOWS = [3, 6, 12] as const;

export function assertWindow(months: number): number {
  if (!(UNKNOWN_WINDOWS as readonly number[]).includes(months)) {
    throw new InvalidArgumentError('INVALID_MONTHS', `monthsAfterLeaving must be one of ${UNKNOWN_WINDOWS.join(', ')}`, 'monthsAfterLeaving');
  }
  return months;
}

/**
 * From when a partner knew the member after leaving school: "" (from leaving on) for a next step
 * the school recorded, a transition-manager case or an applicant record; otherwise the earliest
 * start of a contract, a measure or a youth-welfare measure, or the first guidance contact after
 * the leaving date; null when no partner knows them at all. Known by a cut-off = this ≤ cut-off.
 */
export function knownSince(m: PanelMember): string | null {
  const e = m.employment;
  // `!= null`: a null field may arrive missing from the representation the gateway passes on.
  if (m.school!.nextStep != null || m.hasCase || e?.applicantOutcome != null) return '';
  const leaving = m.school!.leavingDate;
  let first: string | null = null;
  const seen = (d: string) => {
    if (first === null || d < first) first = d;
  };
  m.contracts.forEach((c) => seen(c.startDate));
  e?.measureStarts.forEach(seen);
  m.welfareStarts.forEach(seen);
  e?.guidanceDates.forEach((d) => d > leaving && seen(d));
  return first;
}

/** The cut-off of a window: `months` after the member's own leaving date. */
export const windowEnd = (m: PanelMember, months: number) => addMonths(m.school!.leavingDate, months);

const unknownKey = (w: number) => `UNKNOWN_${w}`;

/**
 * Each member falls into the first window by which someone knew them, or stays unknown after the
 * last (being known only grows with time). "Unknown after w" is then the sum of the later
 * categories, and all windows are protected as one system.
 */
export interface UnknownToAll {
  counts: ProtectedCounts;
  unknownAfter: Map<number, string[]>;
}

export function protectUnknownToAll(members: readonly PanelMember[]): UnknownToAll {
  const unknownAfter = new Map<number, string[]>(UNKNOWN_WINDOWS.map((w) => [w, []]));
  const knownFirstBy = new Map<number, number>(UNKNOWN_WINDOWS.map((w) => [w, 0]));
  for (const m of members) {
    const since = knownSince(m);
    const first = since === null ? undefined : UNKNOWN_WINDOWS.find((w) => since <= windowEnd(m, w));
    if (first !== undefined) knownFirstBy.set(first, knownFirstBy.get(first)! + 1);
    for (const w of UNKNOWN_WINDOWS) if (first === undefined || first > w) unknownAfter.get(w)!.push(m.pseudonym);
  }
  const sys = new CountSystem();
  for (const w of UNKNOWN_WINDOWS) sys.add(`KNOWN_BY_${w}`, knownFirstBy.get(w)!, Rank.cell);
  const last = UNKNOWN_WINDOWS[UNKNOWN_WINDOWS.length - 1];
  sys.add(unknownKey(last), unknownAfter.get(last)!.length, Rank.cell);
  // Backwards: unknown after w = known first by the next window + unknown after the next window.
  for (let i = UNKNOWN_WINDOWS.length - 2; i >= 0; i--) {
    const [w, next] = [UNKNOWN_WINDOWS[i], UNKNOWN_WINDOWS[i + 1]];
    sys.add(unknownKey(w), unknownAfter.get(w)!.length, Rank.groupCell);
    sys.sum(unknownKey(w), [`KNOWN_BY_${next}`, unknownKey(next)]);
  }
  sys.add('total', members.length, Rank.grandTotal);
  sys.sum('total', [`KNOWN_BY_${UNKNOWN_WINDOWS[0]}`, unknownKey(UNKNOWN_WINDOWS[0])]);
  sys.sum('total', [...UNKNOWN_WINDOWS.map((w) => `KNOWN_BY_${w}`), unknownKey(last)]);
  for (const list of unknownAfter.values()) list.sort();
  return { counts: sys.protect(), unknownAfter };
}

export function unknownToAllReport(u: UnknownToAll, year: number, months: number): UnknownToAllReport {
  const count = u.counts.get(unknownKey(months));
  const leavers = u.counts.get('total');
  return { cohortYear: year, monthsAfterLeaving: months, count, leavers, share: share(count, leavers), unknown: u.unknownAfter.get(months)! };
}
