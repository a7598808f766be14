import type { ProtectedCount } from '@kassel-hub/governance';
import type { PanelMember } from './panel';
import { OUTSIDE_KASSEL, ReportBreakdown, rowsFor } from './breakdown';
import { CountSystem, Rank, Tally, withheld, type ProtectedCounts } from './count-system';
import type { DestinationRowData } from './destinations';

/*
 * Leavers per district of residence by qualification (none / Förderschulabschluss / Hauptschulabschluss
 * or higher) and by nationality group: the district dashboard's shares without qualification (both
 * conventions) and of non-Germans. Its margins (leavers per
 * district, per nationality group, in all) are the destination tables' margins too. Those tables
 * are protected on their own (the destinations report is older and answers any cut-off), so this
 * one is published only where every shared margin is shown alike in both: then a reader combining
 * them learns nothing that either alone does not give (their hidden counts are linked only through
 * shown values). Otherwise it fails closed and shows nothing. In the generated data that happens
 * for a few sparse cohorts (at scale 1, 2 of 10), where one of the tables hides a district's total.
 */
// Without qualification in both conventions: none at all (NONE), and without Hauptschulabschluss,
// Förderschulabschluss included (NO_HAUPT = NONE + FOERDER, Destatis). One table holds both, so
// that NO_HAUPT − NONE cannot reveal a hidden count of Förderschul leavers.
const SPLITS = {
  qualification: [
    ['NONE', 'FOERDER', 'HAUPT_OR_HIGHER'],
    ['NO_HAUPT', 'HAUPT_OR_HIGHER'],
  ],
  nationality: [['GERMAN', 'NON_GERMAN']],
} as const;
type Split = keyof typeof SPLITS;
const splitOf = (column: string): Split => (column === 'GERMAN' || column === 'NON_GERMAN' ? 'nationality' : 'qualification');

/**
 * The profile as two tables, one per split, each protected on its own: in one system the engine
 * would rather hide a district's total (which closes both splits at once) than two inner cells,
 * and a hidden total would have to be shown in the destination tables. Both tables share only
 * their margins, which must be shown anyway (see `consistentProfile`).
 */
export type LeaverProfile = Record<Split, ProtectedCounts>;

/** Counts the cohort's leavers in one pass and protects both splits. */
export function protectLeaverProfile(members: readonly PanelMember[]): LeaverProfile {
  const districts = rowsFor(ReportBreakdown.DISTRICT, []).rows.map((r) => r.key);
  const tally = new Tally();
  for (const m of members) {
    for (const line of [m.districtCode ?? OUTSIDE_KASSEL, 'total']) {
      const q = m.school!.qualification;
      tally.add(line, q === 'NONE' || q === 'FOERDER' ? q : 'HAUPT_OR_HIGHER');
      if (q === 'NONE' || q === 'FOERDER') tally.add(line, 'NO_HAUPT');
      tally.add(line, m.nationalityGroup === 'non_german' ? 'NON_GERMAN' : 'GERMAN');
    }
  }
  const protect = (partitions: readonly (readonly string[])[]) => {
    const sys = new CountSystem();
    for (const d of districts) sys.line(d, tally.of(d), partitions, Rank.cell, Rank.lineTotal);
    sys.line('total', tally.of('total'), partitions, Rank.columnTotal, Rank.grandTotal);
    sys.group('total', districts, [...new Set(partitions.flat())]);
    return sys.protect();
  };
  return { qualification: protect(SPLITS.qualification), nationality: protect(SPLITS.nationality) };
}

/** The destination tables whose margins the profile shares: by district and by nationality group, same cut-off. */
export interface SharedMargins {
  byDistrict: { rows: DestinationRowData[]; total: DestinationRowData };
  byNationality: { rows: DestinationRowData[] };
}

const shownAlike = (a: ProtectedCount, b: ProtectedCount) => !a.suppressed && !b.suppressed && a.value === b.value;

/**
 * The profile as one set of counts (`d/NONE`, `d/NON_GERMAN`, `d/total`, …) where every shared
 * margin is shown alike in all tables; otherwise nothing of it.
 */
export function consistentProfile(profile: LeaverProfile, margins: SharedMargins): ProtectedCounts {
  const pairs: [ProtectedCount, ProtectedCount][] = [];
  for (const split of Object.values(profile)) {
    pairs.push(...margins.byDistrict.rows.map((r): [ProtectedCount, ProtectedCount] => [r.total, split.get(`${r.key}/total`)]));
    pairs.push([margins.byDistrict.total.total, split.get('total/total')]);
  }
  pairs.push(...margins.byNationality.rows.map((r): [ProtectedCount, ProtectedCount] => [r.total, profile.nationality.get(`total/${r.key}`)]));
  const merged: ProtectedCounts = {
    // A line's total is the same shown count in both splits; the qualification table answers it.
    get: (key) => profile[splitOf(key.slice(key.indexOf('/') + 1))].get(key),
    keys: () => [...profile.qualification.keys(), ...profile.nationality.keys().filter((k) => !k.endsWith('/total'))],
  };
  return pairs.every(([a, b]) => shownAlike(a, b)) ? merged : withheld(merged);
}
