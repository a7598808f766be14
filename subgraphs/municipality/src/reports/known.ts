import type { PanelMember } from './panel';

/*
 * "Known to a partner after leaving school": the one definition behind the destinations report's
 * other/unknown split and the "no one gets lost" report. Both ask "known by day X?" and both answer
 * it with `knownBy`, so the two reports cannot disagree on who is unknown.
 *
 * Only a DATED record counts, and only if it says where the young person went or that a partner
 * was in touch with them after leaving. Not counting: the mere existence of a record (an SGB II
 * household flag, a guidance contact while still at school, a case the school's transition manager
 * opened before leaving and has not closed since) and anything dated after the day asked about.
 */

/** Employment-agency and Jobcenter measures that are the transition system (iABE sector II). */
export const TRANSITION_MEASURES: ReadonlySet<string> = new Set(['BVB', 'EQ', 'BUEA']);

/**
 * Youth welfare office measures that are a next step in the transition system: the Jugendwerkstatt
 * (training and work in a workshop). Counselling and supported housing accompany a next step but
 * are none; they count as contact after leaving.
 */
export const TRANSITION_WELFARE_MEASURES: ReadonlySet<string> = new Set(['JUGENDWERKSTATT']);

/** The day the BA applicant statistics record an applicant's status: 30 September of the leaving year. */
const applicantStatusDay = (leavingDate: string) => `${leavingDate.slice(0, 4)}-09-30`;

/**
 * The first day from which some partner knew the member's next step or was in touch with them after
 * leaving; null when no record qualifies. Being known only grows with time (every record counts
 * from its own date on), so "known by X" is `knownSince(m) <= X`.
 *
 * - A next step in one of the iABE sectors counts from its own date, also when it began before
 *   leaving (a contract a pupil of a vocational school already had): a training contract's start,
 *   a transition-system measure's start (BvB, EQ, BÜA; the youth welfare office's Jugendwerkstatt), and the next
 *   step the school recorded at leaving (dated the leaving date).
 * - Any other dated record counts from its date if that is on or after the leaving date: a guidance
 *   contact, any other measure's start (AsA flex; youth-welfare counselling or housing), the applicant's status on 30 September (the
 *   agency held the applicant's record then, whatever the status), the opening or the closing of
 *   a transition-manager case (the closing records the manager's last word on the young person).
 */
export function knownSince(m: PanelMember): string | null {
  const leaving = m.school!.leavingDate;
  let first: string | null = null;
  const seen = (d: string) => {
    if (first === null || d < first) first = d;
  };
  const seenAfterLeaving = (d: string) => d >= leaving && seen(d);
  const e = m.employment;

  m.contracts.forEach((c) => seen(c.startDate));
  m.welfare.forEach((w) => (TRANSITION_WELFARE_MEASURES.has(w.measure) ? seen : seenAfterLeaving)(w.start));
  // `!= null`: a null field may arrive missing from the representation the gateway passes on.
  if (m.school!.nextStep != null) seen(leaving);
  e?.measures.forEach((x, i) => (TRANSITION_MEASURES.has(x) ? seen : seenAfterLeaving)(e.measureStarts[i]));

  e?.guidanceDates.forEach(seenAfterLeaving);
  if (e?.applicantOutcome != null) seenAfterLeaving(applicantStatusDay(leaving));
  for (const c of m.cases) {
    seenAfterLeaving(c.openedOn);
    if (c.closedOn != null) seenAfterLeaving(c.closedOn);
  }
  return first;
}

/** Known to some partner by the end of `day` (an ISO date). */
export function knownBy(m: PanelMember, day: string): boolean {
  const since = knownSince(m);
  return since !== null && since <= day;
}
