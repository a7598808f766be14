import { protectTable, type ProtectedCount } from '@kassel-hub/kit';
import type { PanelMember } from './panel';
import { rowsFor, type ReportBreakdown } from './breakdown';

/** iABE sectors plus other and unknown, in the order reports show them. */
export const DESTINATIONS = ['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY', 'OTHER', 'UNKNOWN'] as const;
export type Destination = (typeof DESTINATIONS)[number];
const TRANSITION_MEASURES = new Set(['BVB', 'EQ', 'BUEA']);

/**
 * A member's destination at the cut-off, by precedence: a training contract begun by then
 * (chambers; or the school's record of an apprenticeship), else a transition-system measure
 * (employment: BvB, EQ, BÜA; city: Jugendwerkstatt) or the school's record of one, else further
 * school, else university (schools), else OTHER when any partner saw them after leaving, else UNKNOWN.
 */
export function destinationOf(m: PanelMember, cutoff: string): Destination {
  if (m.contracts.some((c) => c.startDate <= cutoff) || m.school?.nextStep === 'APPRENTICESHIP') return 'APPRENTICESHIP';
  const measure = m.employment?.measures.some((x, i) => TRANSITION_MEASURES.has(x) && m.employment!.measureStarts[i] <= cutoff);
  if (measure || m.welfareStarts.some((s) => s <= cutoff) || m.school?.nextStep === 'TRANSITION_SYSTEM') return 'TRANSITION_SYSTEM';
  if (m.school?.nextStep === 'FURTHER_SCHOOL') return 'FURTHER_SCHOOL';
  if (m.school?.nextStep === 'UNIVERSITY') return 'UNIVERSITY';
  if (m.employment || m.hasCase) return 'OTHER';
  return 'UNKNOWN';
}

export interface DestinationRowData {
  key: string;
  label: string;
  cells: Record<Destination, ProtectedCount>;
  total: ProtectedCount;
}

/** The destination table of a cohort, protected as a whole (threshold 3). */
export function destinationTable(members: PanelMember[], by: ReportBreakdown, cutoff: string): { rows: DestinationRowData[]; total: DestinationRowData } {
  const { rows, rowOf } = rowsFor(by, members);
  const counts = new Map<string, number>();
  for (const m of members) {
    const k = `${rowOf(m)}\u0000${destinationOf(m, cutoff)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const table = protectTable({
    rows: rows.map((r) => r.key),
    columns: DESTINATIONS,
    counts: [...counts].map(([k, count]) => {
      const [row, column] = k.split('\u0000');
      return { row, column, count };
    }),
  });
  const cellsOf = (cells: ProtectedCount[]) => Object.fromEntries(DESTINATIONS.map((d, i) => [d, cells[i]])) as Record<Destination, ProtectedCount>;
  return {
    rows: table.rows.map((r, i) => ({ key: r.key, label: rows[i].label, cells: cellsOf(r.cells), total: r.total })),
    total: { key: 'TOTAL', label: 'total', cells: cellsOf(table.columnTotals), total: table.grandTotal },
  };
}

/** Rates are given to four decimals. */
export const roundRate = (x: number) => Math.round(x * 10_000) / 10_000;

/** A share of two published counts; null when either is hidden or the base is 0. */
export function share(part: ProtectedCount, base: ProtectedCount): number | null {
  if (part.value === null || base.value === null || base.value === 0) return null;
  return roundRate(part.value / base.value);
}
