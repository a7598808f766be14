import type { PanelMember } from './panel';
import { OUTSIDE_KASSEL, ReportBreakdown, rowsFor } from './breakdown';
import { addLines, CountSystem, Rank, Tally, type ProtectedCounts } from './count-system';

/*
 * The cohort's training market: everyone in the panel who registered interest in an apprenticeship,
 * cut by district of residence and SGB II flag. entryIntoTraining, the district dashboard and the
 * non-German shares all read their applicant and contract counts from this one protected system.
 */

/** A new contract: one begun between 1 August and 31 December of the cohort year (the training year's start). */
export const hasNewContract = (m: PanelMember, year: number) => m.contracts.some((c) => c.startDate >= `${year}-08-01` && c.startDate <= `${year}-12-31`);

/** An applicant: registered with the employment agency for the reporting year ending 30 September of the cohort year. */
export const isApplicant = (m: PanelMember) => (m.employment?.applicantOutcome ?? null) !== null;

/** Known to the market: an applicant, or someone who began a new contract (found a place without registering). */
export const isInterested = (m: PanelMember, year: number) => isApplicant(m) || hasNewContract(m, year);

/**
 * BIBB's EQI counts as interested ("institutionell erfasste Ausbildungsinteressierte") those with a
 * new contract and the registered applicants who did not enter training: every status on 30
 * September but placed. A placed applicant whose contract lies outside the new-contract window is
 * neither (BIBB counts the placed through their contracts), so the EQI's base is a sub-total.
 */
export function eqiColumn(m: PanelMember, year: number): 'NEW_CONTRACT' | 'NOT_ENTERED' | 'PLACED_OUTSIDE_WINDOW' {
  if (hasNewContract(m, year)) return 'NEW_CONTRACT';
  return m.employment?.applicantOutcome === 'PLACED' ? 'PLACED_OUTSIDE_WINDOW' : 'NOT_ENTERED';
}

export const SGB2 = 'SGB2';
export const NO_SGB2 = 'NO_SGB2';

// Each partition adds up to the interested members of a line. The nationality split exists on the
// city line only: nonGermanShares is a city figure.
const OUTCOME = ['UNPLACED', 'UNKNOWN', 'PLACED_OR_ALTERNATIVE', 'NO_APPLICATION'];
const APPLICATION = ['APPLICANT', 'NO_APPLICATION'];
const CONTRACT = ['NEW_CONTRACT', 'NO_NEW_CONTRACT'];
// INTERESTED = NEW_CONTRACT + NOT_ENTERED follows from the last two: the EQI's base is protected too.
const EQI = ['NEW_CONTRACT', 'NOT_ENTERED', 'PLACED_OUTSIDE_WINDOW'];
const EQI_BASE = ['INTERESTED', 'PLACED_OUTSIDE_WINDOW'];
const PARTITIONS = [OUTCOME, APPLICATION, CONTRACT, EQI, EQI_BASE];
const COLUMNS = [...new Set(PARTITIONS.flat())];
const CITY_PARTITIONS = [
  ...PARTITIONS,
  ['APPLICANT_GERMAN', 'APPLICANT_NON_GERMAN', 'NO_APPLICATION'],
  ['NEW_CONTRACT_GERMAN', 'NEW_CONTRACT_NON_GERMAN', 'NO_NEW_CONTRACT'],
];

/** Line keys of the system: `d:SGB2` and `d:NO_SGB2` per district d, `d`, `SGB2`, `NO_SGB2`, `total`. */
export const detailLine = (district: string, sgb2: string) => `${district}:${sgb2}`;

/** The columns one interested member counts in. */
function columnsOf(m: PanelMember, year: number): string[] {
  const outcome = m.employment?.applicantOutcome ?? null;
  const german = m.nationalityGroup === 'non_german' ? 'NON_GERMAN' : 'GERMAN';
  const columns = [outcome === null ? 'NO_APPLICATION' : outcome === 'UNPLACED' || outcome === 'UNKNOWN' ? outcome : 'PLACED_OR_ALTERNATIVE'];
  if (outcome !== null) columns.push('APPLICANT', `APPLICANT_${german}`);
  columns.push(...(hasNewContract(m, year) ? ['NEW_CONTRACT', `NEW_CONTRACT_${german}`] : ['NO_NEW_CONTRACT']));
  const eqi = eqiColumn(m, year);
  if (eqi !== 'NEW_CONTRACT') columns.push(eqi);
  if (eqi !== 'PLACED_OUTSIDE_WINDOW') columns.push('INTERESTED');
  return columns;
}

/** Counts interested members in one pass and protects every line of the market together. */
export function protectInterest(members: readonly PanelMember[], year: number): ProtectedCounts {
  const districts = rowsFor(ReportBreakdown.DISTRICT, []).rows.map((r) => r.key);
  const tally = new Tally();
  for (const m of members) {
    if (!isInterested(m, year)) continue;
    const line = detailLine(m.districtCode ?? OUTSIDE_KASSEL, m.employment?.sgb2 ? SGB2 : NO_SGB2);
    for (const c of columnsOf(m, year)) tally.add(line, c);
  }
  const sys = new CountSystem();
  const bySgb2: Record<string, string[]> = { [SGB2]: [], [NO_SGB2]: [] };
  for (const d of districts) {
    const detail = [SGB2, NO_SGB2].map((s) => detailLine(d, s));
    detail.forEach((l, i) => {
      sys.line(l, tally.of(l), PARTITIONS, Rank.cell, Rank.lineTotal);
      bySgb2[[SGB2, NO_SGB2][i]].push(l);
    });
    sys.line(d, addLines(detail.map((l) => tally.of(l))), PARTITIONS, Rank.groupCell, Rank.groupTotal);
    sys.group(d, detail, COLUMNS);
  }
  for (const [s, lines] of Object.entries(bySgb2)) {
    sys.line(s, addLines(lines.map((l) => tally.of(l))), PARTITIONS, Rank.groupCell, Rank.groupTotal);
    sys.group(s, lines, COLUMNS);
  }
  // The city line also carries the nationality split, counted over all detail lines.
  sys.line('total', addLines(districts.flatMap((d) => [SGB2, NO_SGB2].map((s) => tally.of(detailLine(d, s))))), CITY_PARTITIONS, Rank.columnTotal, Rank.grandTotal);
  sys.group('total', districts, COLUMNS);
  sys.group('total', [SGB2, NO_SGB2], COLUMNS);
  return sys.protect();
}
