import type { KasselData } from '@kassel-hub/datagen';

/*
 * Where a leaver stands at a day, written down for the tests from the definition in the README
 * ("Destinations"), over the partners' records as the generator makes them; deliberately not the
 * report code. Sectors by precedence, then OTHER when a partner knew them after leaving and by the
 * day (a dated record between the leaving date and that day), else UNKNOWN.
 */

type World = KasselData;
export interface LeaverRecords {
  leavingDate: string;
  cohortYear: number;
  /** The next step the school recorded at leaving, if it is one of the four sectors. */
  nextStep: string | null;
  contracts: { startDate: string }[];
  measures: { measure: string; start: string }[];
  welfare: { start: string }[];
  guidance: { date: string }[];
  /** The applicant record of the leaving year's reporting year (status on 30 September). */
  applicant: { outcome: string } | null;
  cases: { openedOn: string; closedOn: string | null }[];
}

const SECTOR_II_MEASURES = ['BVB', 'EQ', 'BUEA'];
const SECTORS = new Set(['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY']);

/** Each pupil's records, as the four partners hold them. */
export function leaverRecords(world: World): (p: World['pupils'][number]) => LeaverRecords {
  const group = <T extends { pseudonym: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.pseudonym, [...(m.get(r.pseudonym) ?? []), r]);
    return (p: string) => m.get(p) ?? [];
  };
  const destination = new Map(world.youth.map((y) => [y.pseudonym, y.destination]));
  const [contracts, measures, welfare, guidance, cases] = [group(world.contracts), group(world.measures), group(world.welfare), group(world.guidance), group(world.cases)];
  const applicants = group(world.applicants);
  return (p) => ({
    leavingDate: p.leavingDate,
    cohortYear: p.cohortYear,
    nextStep: SECTORS.has(destination.get(p.pseudonym)!) ? destination.get(p.pseudonym)! : null,
    contracts: contracts(p.pseudonym),
    measures: measures(p.pseudonym),
    welfare: welfare(p.pseudonym),
    guidance: guidance(p.pseudonym),
    applicant: applicants(p.pseudonym).find((a) => a.reportYear === p.cohortYear) ?? null,
    cases: cases(p.pseudonym),
  });
}

/** A partner held a dated record of the leaver between the leaving date and `day`, or a sector placed them by then. */
export function knownAt(r: LeaverRecords, day: string): boolean {
  const between = (d: string | null) => d !== null && d >= r.leavingDate && d <= day;
  return (
    destinationAt(r, day) !== 'other' ||
    r.guidance.some((g) => between(g.date)) ||
    r.measures.some((x) => between(x.start)) ||
    (r.applicant !== null && between(`${r.cohortYear}-09-30`)) ||
    r.cases.some((c) => between(c.openedOn) || between(c.closedOn))
  );
}

/** The sector at `day`, or 'other' for "none of the four" (known or not is `knownAt`'s). */
function destinationAt(r: LeaverRecords, day: string): string {
  if (r.contracts.some((c) => c.startDate <= day) || r.nextStep === 'APPRENTICESHIP') return 'apprenticeship';
  if (r.measures.some((x) => SECTOR_II_MEASURES.includes(x.measure) && x.start <= day) || r.welfare.some((w) => w.start <= day) || r.nextStep === 'TRANSITION_SYSTEM') {
    return 'transitionSystem';
  }
  if (r.nextStep === 'FURTHER_SCHOOL') return 'furtherSchool';
  if (r.nextStep === 'UNIVERSITY') return 'university';
  return 'other';
}

/** The destinations report's column for the leaver at `day`. */
export function destinationColumn(r: LeaverRecords, day: string): 'apprenticeship' | 'transitionSystem' | 'furtherSchool' | 'university' | 'other' | 'unknown' {
  const sector = destinationAt(r, day);
  if (sector !== 'other') return sector as 'apprenticeship';
  return knownAt(r, day) ? 'other' : 'unknown';
}
