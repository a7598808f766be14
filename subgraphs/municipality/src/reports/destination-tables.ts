import type { ProtectedCount } from '@kassel-hub/governance';
import type { PanelMember } from './panel';
import { ReportBreakdown, rowsFor, type RowKey } from './breakdown';
import { CountSystem, Rank, Tally, type ProtectedCounts } from './count-system';
import { DESTINATIONS, destinationOf, type Destination, type DestinationRowData } from './destinations';

export interface DestinationTableData {
  rows: DestinationRowData[];
  total: DestinationRowData;
}

/*
 * The destination tables of one cohort and breakdown at all served cut-offs, protected as ONE
 * system. The tables are over the same people, so a reader holds them side by side:
 * - a row's total (its leavers) is the same at every cut-off: the system knows the totals are
 *   equal (so hides them in all tables or in none), and a cell hidden in one table is protected
 *   by the relations of all. (One entry shared by the three tables would be simpler, but the
 *   engine prefers complements that serve many relations, and would then hide row totals first,
 *   which the dashboard's leaver profile must show alike.)
 * - a cell's change from one cut-off to another is the number of people who moved into it minus
 *   those who moved out. A published change of 1 or 2 tells of one or two people (who began a
 *   measure in between), as a published count of 1 or 2 would. Such pairs are broken by hiding
 *   one of the two cells, and the whole system is protected again with it hidden, until no pair
 *   of published cells at two cut-offs (margins included) differs by 1 or 2.
 * Each round only adds hidden cells, so this ends; equal input gives equal tables.
 */

const TOTAL = 'total';
const key = (cutoff: string, line: string, column: string) => `${cutoff}|${line}|${column}`;

/** A change between two published counts that would single out one or two people. */
export const revealsFew = (a: number, b: number) => Math.abs(a - b) === 1 || Math.abs(a - b) === 2;

/**
 * The tables of every breakdown. Each breakdown's totals row is the whole cohort by destination,
 * the same counts in all five, so a count hidden in one and shown in another would be given away
 * (and with it what it protects). Protected breakdown by breakdown, then the city totals hidden in
 * any of them are hidden in all and the breakdowns protected again, until they agree; hidden sets
 * only grow, so this ends.
 */
export function protectAllDestinations(members: readonly PanelMember[], cutoffs: readonly string[]): Map<ReportBreakdown, Map<string, DestinationTableData>> {
  // Each member's destination at each cut-off, and each breakdown's counts, are the same in every
  // round below: computed once, only the protection is run again.
  const destinations = members.map((m) => cutoffs.map((c) => destinationOf(m, c)));
  const counted = new Map(Object.values(ReportBreakdown).map((by) => [by, countDestinations(members, destinations, by, cutoffs)] as const));
  const cityHidden = new Set<string>();
  for (;;) {
    const tables = new Map([...counted].map(([by, c]) => [by, protectCounted(c, cutoffs, cityHidden)] as const));
    const before = cityHidden.size;
    for (const byCutoff of tables.values()) {
      for (const [c, t] of byCutoff) for (const d of DESTINATIONS) if (t.total.cells[d].suppressed) cityHidden.add(key(c, TOTAL, d));
    }
    if (cityHidden.size === before) return tables;
  }
}

/** One breakdown's counts: members per row and destination at each cut-off, and per row. */
interface CountedDestinations {
  rows: RowKey[];
  tallies: Map<string, Tally>;
  leavers: Tally;
}

/** `destinations[i][j]`: member i's destination at `cutoffs[j]`. */
function countDestinations(members: readonly PanelMember[], destinations: readonly Destination[][], by: ReportBreakdown, cutoffs: readonly string[]): CountedDestinations {
  const { rows, rowOf } = rowsFor(by, members as PanelMember[]);
  const tallies = new Map(cutoffs.map((c) => [c, new Tally()]));
  const byCutoff = cutoffs.map((c) => tallies.get(c)!);
  const leavers = new Tally();
  members.forEach((m, i) => {
    const row = rowOf(m);
    leavers.add(row, TOTAL);
    leavers.add(TOTAL, TOTAL);
    byCutoff.forEach((t, j) => {
      const d = destinations[i][j];
      t.add(row, d);
      t.add(TOTAL, d);
    });
  });
  return { rows, tallies, leavers };
}

/** One breakdown's tables at every cut-off; `hide`: counts (`cut-off|total|destination`) to hide whatever their value. */
export function protectDestinations(members: readonly PanelMember[], by: ReportBreakdown, cutoffs: readonly string[], hide: ReadonlySet<string> = new Set()): Map<string, DestinationTableData> {
  const destinations = members.map((m) => cutoffs.map((c) => destinationOf(m, c)));
  return protectCounted(countDestinations(members, destinations, by, cutoffs), cutoffs, hide);
}

function protectCounted({ rows, tallies, leavers }: CountedDestinations, cutoffs: readonly string[], hide: ReadonlySet<string>): Map<string, DestinationTableData> {
  const lines = [...rows.map((r) => r.key), TOTAL];
  const hidden = new Set<string>(hide);
  let counts: ProtectedCounts;
  for (;;) {
    counts = protectJointly(cutoffs, rows.map((r) => r.key), tallies, leavers, hidden);
    const more = pairsToBreak(cutoffs, lines, tallies, counts);
    if (more.length === 0) break;
    for (const k of more) hidden.add(k);
  }

  const rowData = (cutoff: string, line: string, label: string): DestinationRowData => ({
    key: line === TOTAL ? 'TOTAL' : line,
    label,
    cells: Object.fromEntries(DESTINATIONS.map((d) => [d, counts.get(key(cutoff, line, d))])) as Record<Destination, ProtectedCount>,
    total: counts.get(key(cutoff, line, TOTAL)),
  });
  return new Map(cutoffs.map((c) => [c, { rows: rows.map((r) => rowData(c, r.key, r.label)), total: rowData(c, TOTAL, 'total') }]));
}

/** One run of the engine over the tables at every cut-off, their row totals declared equal. */
function protectJointly(cutoffs: readonly string[], rowKeys: readonly string[], tallies: Map<string, Tally>, leavers: Tally, hidden: ReadonlySet<string>): ProtectedCounts {
  const sys = new CountSystem();
  cutoffs.forEach((c, i) => {
    const t = tallies.get(c)!;
    for (const line of [...rowKeys, TOTAL]) {
      for (const d of DESTINATIONS) {
        const k = key(c, line, d);
        sys.add(k, t.of(line)[d] ?? 0, line === TOTAL ? Rank.columnTotal : Rank.cell, hidden.has(k));
      }
      sys.add(key(c, line, TOTAL), leavers.of(line)[TOTAL] ?? 0, line === TOTAL ? Rank.grandTotal : Rank.lineTotal);
      sys.sum(key(c, line, TOTAL), DESTINATIONS.map((d) => key(c, line, d)));
      // Leavers do not change with the cut-off, and a reader knows it.
      if (i > 0) sys.sum(key(c, line, TOTAL), [key(cutoffs[i - 1], line, TOTAL)]);
    }
    for (const d of [...DESTINATIONS, TOTAL]) sys.sum(key(c, TOTAL, d), rowKeys.map((r) => key(c, r, d)));
  });
  return sys.protect();
}

/**
 * Cells to hide so that no two published cells of the same line and column differ by 1 or 2
 * between cut-offs. Per offending pair one cell: the one in the most offending pairs (it breaks
 * them all at once), then the smaller count, then the later cut-off.
 */
function pairsToBreak(cutoffs: readonly string[], lines: readonly string[], tallies: Map<string, Tally>, counts: ProtectedCounts): string[] {
  const pairs: [string, string][] = [];
  for (const line of lines) {
    for (const d of DESTINATIONS) {
      const shown = cutoffs.map((c) => ({ k: key(c, line, d), cell: counts.get(key(c, line, d)) })).filter((x) => !x.cell.suppressed);
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) if (revealsFew(shown[i].cell.value!, shown[j].cell.value!)) pairs.push([shown[i].k, shown[j].k]);
      }
    }
  }
  const offences = new Map<string, number>();
  for (const p of pairs) for (const k of p) offences.set(k, (offences.get(k) ?? 0) + 1);
  const valueOf = (k: string) => {
    const [c, line, d] = k.split('|');
    return tallies.get(c)!.of(line)[d] ?? 0;
  };
  const worse = (a: string, b: string) => offences.get(b)! - offences.get(a)! || valueOf(a) - valueOf(b) || (a < b ? 1 : -1);
  const chosen = new Set<string>();
  for (const [a, b] of pairs) {
    if (chosen.has(a) || chosen.has(b)) continue;
    chosen.add(worse(a, b) <= 0 ? a : b);
  }
  return [...chosen];
}
