import { InvalidArgumentError } from '@kassel-hub/kit';
import type { PanelMember } from './panel';
import { CountSystem, Rank, type ProtectedCounts } from './count-system';
import { share } from './destinations';
import { knownSince } from './known';
import { followUpCandidate, type FollowUpCandidate } from './follow-up-list';
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

/** The cut-off of a window: `months` after the member's own leaving date. */
export const windowEnd = (m: PanelMember, months: number) => addMonths(m.school!.leavingDate, months);

const unknownKey = (w: number) => `UNKNOWN_${w}`;

/**
 * Known or not is the destinations report's definition (`knownSince`, shared): unknown after w
 * months is exactly "UNKNOWN in the destinations at leaving + w". Each member falls into the first
 * window by which someone knew them, or stays unknown after the last (being known only grows with time). "Unknown after w" is then the sum of the later
 * categories, and all windows are protected as one system.
 */
export interface UnknownToAll {
  counts: ProtectedCounts;
  unknownAfter: Map<number, FollowUpCandidate[]>;
}

export function protectUnknownToAll(members: readonly PanelMember[]): UnknownToAll {
  const unknownAfter = new Map<number, FollowUpCandidate[]>(UNKNOWN_WINDOWS.map((w) => [w, []]));
  const knownFirstBy = new Map<number, number>(UNKNOWN_WINDOWS.map((w) => [w, 0]));
  for (const m of members) {
    const since = knownSince(m);
    const first = since === null ? undefined : UNKNOWN_WINDOWS.find((w) => since <= windowEnd(m, w));
    if (first !== undefined) knownFirstBy.set(first, knownFirstBy.get(first)! + 1);
    for (const w of UNKNOWN_WINDOWS) if (first === undefined || first > w) unknownAfter.get(w)!.push(followUpCandidate(m));
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
  return { counts: sys.protect(), unknownAfter };
}

export function unknownToAllReport(u: UnknownToAll, year: number, months: number): UnknownToAllReport {
  const count = u.counts.get(unknownKey(months));
  const leavers = u.counts.get('total');
  return { cohortYear: year, monthsAfterLeaving: months, count, leavers, share: share(count, leavers), unknown: u.unknownAfter.get(months)! };
}
