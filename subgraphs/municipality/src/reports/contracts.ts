import type { ContractPanelRecord } from '@kassel-hub/governance';
import type { PanelMember } from './panel';
import { QUALIFICATIONS, occupationCatalogue, occupationGroup, type OccupationRow } from './catalogues';
import { CountSystem, Rank, Tally, type ProtectedCounts } from './count-system';
import { addMonths } from './per-request';

/*
 * The training contracts of a cohort's panel members, cut four ways (occupation, occupation group,
 * school qualification, start year), each split into ended early or not, the occupations also by
 * sex, plus the re-entry of those whose first contract ended early. earlyTerminations and
 * genderSegregation both publish from this one protected system: contracts per occupation add up
 * to contracts per occupation group, so protected apart they could be subtracted.
 */

const ENDED = ['TERMINATED', 'RUNNING'];
const SEX = ['FEMALE', 'NOT_FEMALE'];
// Closed windows (the 12 months after the termination have passed by the reference date) decide
// the rate; open ones are counted apart, re-entered so far or not yet.
export const RE_ENTRY = ['RE_ENTERED', 'NOT_RE_ENTERED', 'OPEN_RE_ENTERED', 'OPEN_NOT_YET'] as const;
const CLOSED: readonly ReEntry[] = ['RE_ENTERED', 'NOT_RE_ENTERED'];
const OPEN: readonly ReEntry[] = ['OPEN_RE_ENTERED', 'OPEN_NOT_YET'];
export type ReEntry = (typeof RE_ENTRY)[number];

/** Line keys of the system. */
export const occLine = (kldb: string) => `occ:${kldb}`;
export const groupLine = (group: string) => `grp:${group}`;
export const qualLine = (q: string) => `qual:${q}`;
export const layerLine = (layer: string) => `layer:${layer}`;

/**
 * The start-year layers of a cohort's contracts, a fixed catalogue: before the leaving year, the
 * leaving year, the year after, and any later year together (only a few re-entries begin then; as
 * single years they would be cells of one or two that hide the whole report's totals).
 */
export function layers(year: number): { key: string; label: string; holds: (startYear: number) => boolean }[] {
  return [
    { key: `<${year}`, label: `begun before ${year}`, holds: (y) => y < year },
    { key: `${year}`, label: `begun ${year}`, holds: (y) => y === year },
    { key: `${year + 1}`, label: `begun ${year + 1}`, holds: (y) => y === year + 1 },
    { key: `${year + 2}+`, label: `begun ${year + 2} or later`, holds: (y) => y >= year + 2 },
  ];
}

/**
 * A contract ended early (Vertragslösung): the register records a termination before its planned
 * end. (`!= null`: a null field may arrive missing from the representation the gateway passes on.)
 */
export const endedEarly = (c: ContractPanelRecord) => c.terminatedOn != null;

/**
 * Whether a member whose first contract ended early began another within 12 months of that end
 * (from the termination day to 12 months after it). The window is closed when those 12 months
 * have passed by `today`, the data's reference date: only then is "did not re-enter" a fact, so
 * only closed windows make the rate; open ones are OPEN_RE_ENTERED or OPEN_NOT_YET.
 * null when the member's first contract did not end early (or there is none).
 */
export function reEntryOf(m: PanelMember, today: string): ReEntry | null {
  const first = firstContract(m.contracts);
  if (!first?.terminatedOn) return null;
  const end = addMonths(first.terminatedOn, 12);
  const reEntered = m.contracts.some((c) => c !== first && c.startDate >= first.terminatedOn! && c.startDate <= end);
  if (end > today) return reEntered ? 'OPEN_RE_ENTERED' : 'OPEN_NOT_YET';
  return reEntered ? 'RE_ENTERED' : 'NOT_RE_ENTERED';
}

function firstContract(contracts: readonly ContractPanelRecord[]): ContractPanelRecord | undefined {
  let first: ContractPanelRecord | undefined;
  for (const c of contracts) if (!first || c.startDate < first.startDate) first = c;
  return first;
}

export interface ContractSystem {
  counts: ProtectedCounts;
  occupations: OccupationRow[];
  groups: string[];
  layers: ReturnType<typeof layers>;
  /** The day open and closed re-entry windows were told apart by. */
  referenceDate: string;
}

/** Counts the panel's contracts in one pass and protects all their cuts together. */
export function protectContracts(members: readonly PanelMember[], year: number, today: string): ContractSystem {
  const occupations = occupationCatalogue(members);
  const groups = [...new Set(occupations.map((o) => occupationGroup(o.kldb)))];
  const tally = new Tally();
  const layerRows = layers(year);
  for (const m of members) {
    for (const c of m.contracts) {
      const ended = endedEarly(c) ? 'TERMINATED' : 'RUNNING';
      const layer = layerRows.find((l) => l.holds(Number(c.startDate.slice(0, 4))))!.key;
      for (const line of [occLine(c.kldb), groupLine(occupationGroup(c.kldb)), qualLine(m.school!.qualification), layerLine(layer), 'total']) tally.add(line, ended);
      const sex = m.sex === 'female' ? 'FEMALE' : 'NOT_FEMALE';
      tally.add(occLine(c.kldb), sex);
      tally.add('total', sex);
    }
    const reEntry = reEntryOf(m, today);
    if (reEntry) tally.add('reentry', reEntry);
  }

  const sys = new CountSystem();
  for (const o of occupations) sys.line(occLine(o.kldb), tally.of(occLine(o.kldb)), [ENDED, SEX], Rank.cell, Rank.lineTotal);
  for (const g of groups) {
    sys.line(groupLine(g), tally.of(groupLine(g)), [ENDED], Rank.groupCell, Rank.groupTotal);
    sys.group(groupLine(g), occupations.filter((o) => occupationGroup(o.kldb) === g).map((o) => occLine(o.kldb)), ENDED);
  }
  for (const q of QUALIFICATIONS) sys.line(qualLine(q.key), tally.of(qualLine(q.key)), [ENDED], Rank.groupCell, Rank.groupTotal);
  for (const l of layerRows) sys.line(layerLine(l.key), tally.of(layerLine(l.key)), [ENDED], Rank.groupCell, Rank.groupTotal);

  sys.line('total', tally.of('total'), [ENDED, SEX], Rank.columnTotal, Rank.grandTotal);
  sys.group('total', groups.map(groupLine), ENDED);
  sys.group('total', QUALIFICATIONS.map((q) => qualLine(q.key)), ENDED);
  sys.group('total', layerRows.map((l) => layerLine(l.key)), ENDED);
  for (const s of SEX) sys.sum(`total/${s}`, occupations.map((o) => `${occLine(o.kldb)}/${s}`));

  // Contracts that ended early split into first contracts and later ones; the first ones are the
  // re-entry report's population, so the two cannot be subtracted to reveal a small count.
  const reentry = tally.of('reentry');
  const firstEnded = RE_ENTRY.reduce((a, r) => a + (reentry[r] ?? 0), 0);
  sys.add('total/FIRST_TERMINATED', firstEnded, Rank.groupCell);
  sys.add('total/LATER_TERMINATED', (tally.of('total').TERMINATED ?? 0) - firstEnded, Rank.groupCell);
  sys.sum('total/TERMINATED', ['total/FIRST_TERMINATED', 'total/LATER_TERMINATED']);
  for (const r of RE_ENTRY) sys.add(`reentry/${r}`, reentry[r] ?? 0, Rank.cell);
  const sumOf = (rs: readonly ReEntry[]) => rs.reduce((a, r) => a + (reentry[r] ?? 0), 0);
  sys.add('reentry/CLOSED', sumOf(CLOSED), Rank.groupCell);
  sys.add('reentry/OPEN', sumOf(OPEN), Rank.groupCell);
  sys.sum('reentry/CLOSED', CLOSED.map((r) => `reentry/${r}`));
  sys.sum('reentry/OPEN', OPEN.map((r) => `reentry/${r}`));
  sys.sum('total/FIRST_TERMINATED', ['reentry/CLOSED', 'reentry/OPEN']);

  return { counts: sys.protect(), occupations, groups, layers: layerRows, referenceDate: today };
}
