import { protectTable, type ProtectedCount } from '@kassel-hub/governance';
import type { PanelMember } from './panel';
import { occLine, type ContractSystem } from './contracts';
import { share } from './destinations';
import type { GenderSegregationReport, OccupationGenderRow } from './gender-segregation.type';

/** D needs enough people on both sides to say anything, and must not narrow hidden counts. */
export const DISSIMILARITY_MIN_PER_SEX = 10;

/** One person (or contract) in an occupation, for D. */
interface Choice {
  kldb: string;
  sex: string | null;
}

/** Duncan's D over choices, women against men; null below the minimum group size. */
export function dissimilarity(choices: Iterable<Choice>): number | null {
  const women = new Map<string, number>();
  const men = new Map<string, number>();
  for (const c of choices) {
    if (c.sex === 'female') women.set(c.kldb, (women.get(c.kldb) ?? 0) + 1);
    else if (c.sex === 'male') men.set(c.kldb, (men.get(c.kldb) ?? 0) + 1);
  }
  const F = [...women.values()].reduce((a, b) => a + b, 0);
  const M = [...men.values()].reduce((a, b) => a + b, 0);
  if (F < DISSIMILARITY_MIN_PER_SEX || M < DISSIMILARITY_MIN_PER_SEX) return null;
  let sum = 0;
  for (const k of new Set([...women.keys(), ...men.keys()])) sum += Math.abs((women.get(k) ?? 0) / F - (men.get(k) ?? 0) / M);
  return Math.round(sum * 50) / 100;
}

/** A member's distinct wishes: naming an occupation at several guidance contacts counts once. */
const wishesOf = (m: PanelMember) => new Set(m.employment?.wishes ?? []);

/**
 * The gender report: contract counts from the cohort's contract system (shared with
 * earlyTerminations), wish counts from a table of their own (a different population: members, not
 * contracts), both over the same occupation rows.
 */
export function genderSegregationReport(members: readonly PanelMember[], system: ContractSystem, year: number): GenderSegregationReport {
  const wishCounts = new Map<string, number>();
  const contracts: Choice[] = [];
  const withCase: Choice[] = [];
  const withoutCase: Choice[] = [];
  const wishes: Choice[] = [];
  for (const m of members) {
    for (const c of m.contracts) {
      const choice = { kldb: c.kldb, sex: m.sex };
      contracts.push(choice);
      (m.hasCase ? withCase : withoutCase).push(choice);
    }
    for (const kldb of wishesOf(m)) {
      wishes.push({ kldb, sex: m.sex });
      const k = `${kldb}\u0000${m.sex === 'female' ? 'FEMALE' : 'NOT_FEMALE'}`;
      wishCounts.set(k, (wishCounts.get(k) ?? 0) + 1);
    }
  }
  const wishTable = protectTable({
    rows: system.occupations.map((o) => o.kldb),
    columns: ['FEMALE', 'NOT_FEMALE'],
    counts: [...wishCounts].map(([k, count]) => {
      const [row, column] = k.split('\u0000');
      return { row, column, count };
    }),
  });
  const p = system.counts;
  const row = (kldb: string, title: string, line: string, wishTotal: ProtectedCount, femaleWishes: ProtectedCount): OccupationGenderRow => {
    const [all, female] = [p.get(`${line}/total`), p.get(`${line}/FEMALE`)];
    return {
      kldb,
      title,
      contracts: all,
      femaleContracts: female,
      femaleShareContracts: share(female, all),
      wishes: wishTotal,
      femaleWishes,
      femaleShareWishes: share(femaleWishes, wishTotal),
    };
  };
  return {
    cohortYear: year,
    rows: system.occupations.map((o, i) => row(o.kldb, o.title, occLine(o.kldb), wishTable.rows[i].total, wishTable.rows[i].cells[0])),
    total: row('TOTAL', 'all occupations', 'total', wishTable.grandTotal, wishTable.columnTotals[0]),
    dissimilarityContracts: dissimilarity(contracts),
    dissimilarityWishes: dissimilarity(wishes),
    dissimilarityWithTransitionManager: dissimilarity(withCase),
    dissimilarityWithoutTransitionManager: dissimilarity(withoutCase),
  };
}
