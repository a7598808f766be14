import type { ProtectedCount } from '@kassel-hub/governance';
import type { PanelMember } from './panel';
import { knownBy, TRANSITION_MEASURES, TRANSITION_WELFARE_MEASURES } from './known';

/** iABE sectors plus other and unknown, in the order reports show them. */
export const DESTINATIONS = ['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY', 'OTHER', 'UNKNOWN'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/**
 * A member's destination at the cut-off, by precedence: a training contract begun by then
 * (chambers; or the school's record of an apprenticeship), else a transition-system measure
 * (employment: BvB, EQ, BÜA; youth welfare office: Jugendwerkstatt) or the school's record of one, else further
 * school, else university (schools), else OTHER when a partner knew them after leaving and by the
 * cut-off (`knownBy`, a dated record in between), else UNKNOWN. UNKNOWN is exactly "not known by
 * the cut-off", the definition "no one gets lost" counts with: every sector above is a dated record.
 */
export function destinationOf(m: PanelMember, cutoff: string): Destination {
  if (m.contracts.some((c) => c.startDate <= cutoff) || m.school?.nextStep === 'APPRENTICESHIP') return 'APPRENTICESHIP';
  const measure = m.employment?.measures.some((x, i) => TRANSITION_MEASURES.has(x) && m.employment!.measureStarts[i] <= cutoff);
  const welfare = m.welfare.some((w) => TRANSITION_WELFARE_MEASURES.has(w.measure) && w.start <= cutoff);
  if (measure || welfare || m.school?.nextStep === 'TRANSITION_SYSTEM') return 'TRANSITION_SYSTEM';
  if (m.school?.nextStep === 'FURTHER_SCHOOL') return 'FURTHER_SCHOOL';
  if (m.school?.nextStep === 'UNIVERSITY') return 'UNIVERSITY';
  return knownBy(m, cutoff) ? 'OTHER' : 'UNKNOWN';
}

/** One row of a destination table as published: a count per destination and the row's leavers. */
export interface DestinationRowData {
  key: string;
  label: string;
  cells: Record<Destination, ProtectedCount>;
  total: ProtectedCount;
}

/** Rates are given to four decimals. */
export const roundRate = (x: number) => Math.round(x * 10_000) / 10_000;

/** A share of two published counts; null when either is hidden or the base is 0. */
export function share(part: ProtectedCount, base: ProtectedCount): number | null {
  if (part.value === null || base.value === null || base.value === 0) return null;
  return roundRate(part.value / base.value);
}
