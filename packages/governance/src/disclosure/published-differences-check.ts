import type { ProtectedTable } from './count-table';
import { findRecomputable, reduceRelations, type SumRelation } from './linear-derivation';
import { findPinnedByBounds, type PublishedRelation } from './published-bounds-check';
import type { ProtectedCount } from './protected-count';

/**
 * A reader's check of tables of the SAME people with the same rows and columns, published for
 * different days (a cohort's destinations at several cut-offs), independent of the suppression
 * engine. Between two days people move from one column to another, so a cell's change is the
 * number of movers; a change of 1 or 2 between two published counts singles out one or two people
 * as a published 1 or 2 would. Each pair of tables is checked:
 * - SMALL_DIFFERENCE: two published counts of one cell (margins included) differ by 1 or 2;
 * - MARGIN_DIFFERS: a row's total (its people, the same on every day) is published differently
 *   (or hidden in one table and published in the other, which gives the hidden one away);
 * - RECOMPUTABLE / PINNED_BY_BOUNDS: a hidden count follows exactly from both tables' relations
 *   together (rows, columns, and the row totals both share), or is squeezed to one value by bounds.
 */
export interface DifferenceFinding {
  /** `day|row/column`, with `total` for margins; for a pair finding the two days `a~b`. */
  at: string;
  problem: 'SMALL_DIFFERENCE' | 'MARGIN_DIFFERS' | 'RECOMPUTABLE' | 'PINNED_BY_BOUNDS';
}

export function checkPublishedDifferences(tables: ReadonlyMap<string, ProtectedTable>, hiddenLowerBound = 1): DifferenceFinding[] {
  const days = [...tables.keys()];
  const findings: DifferenceFinding[] = [];
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) findings.push(...checkPair(days[i], tables.get(days[i])!, days[j], tables.get(days[j])!, hiddenLowerBound));
  }
  return findings;
}

/** Rows plus the totals row, each as its cells plus its total: the grid a reader sees. */
const gridOf = (t: ProtectedTable): ProtectedCount[][] => [...t.rows.map((r) => [...r.cells, r.total]), [...t.columnTotals, t.grandTotal]];

function checkPair(dayA: string, a: ProtectedTable, dayB: string, b: ProtectedTable, hiddenLowerBound: number): DifferenceFinding[] {
  const rowKeys = [...a.rows.map((r) => r.key), 'total'];
  const colKeys = [...a.columns, 'total'];
  if (b.rows.map((r) => r.key).join() !== a.rows.map((r) => r.key).join() || b.columns.join() !== a.columns.join()) {
    throw new RangeError(`tables of ${dayA} and ${dayB} do not have the same rows and columns`);
  }
  const [ga, gb] = [gridOf(a), gridOf(b)];
  const C = a.columns.length;
  const findings: DifferenceFinding[] = [];
  const pair = `${dayA}~${dayB}`;
  ga.forEach((row, i) =>
    row.forEach((x, j) => {
      const y = gb[i][j];
      const at = `${pair}|${rowKeys[i]}/${colKeys[j]}`;
      if (j === C && (x.suppressed !== y.suppressed || x.value !== y.value)) findings.push({ at, problem: 'MARGIN_DIFFERS' });
      else if (!x.suppressed && !y.suppressed && [1, 2].includes(Math.abs(x.value! - y.value!))) findings.push({ at, problem: 'SMALL_DIFFERENCE' });
    }),
  );

  // Both tables as one system: entry per cell of either, one shared entry per row total.
  const cells: { count: ProtectedCount; at: string }[] = [];
  // A copy per entry: the bounds check tells counts apart by identity, and a table may share objects.
  const add = (count: ProtectedCount, at: string) => cells.push({ count: { ...count }, at }) - 1;
  const totals = ga.map((row, i) => add(row[C], `${rowKeys[i]}/total`));
  const relations: SumRelation[] = [];
  for (const [day, g] of [[dayA, ga], [dayB, gb]] as const) {
    const index = g.map((row, i) => [...row.slice(0, C).map((c, j) => add(c, `${day}|${rowKeys[i]}/${colKeys[j]}`)), totals[i]]);
    index.forEach((row) => relations.push({ total: row[C], parts: row.slice(0, C) }));
    for (let j = 0; j <= C; j++) relations.push({ total: index[index.length - 1][j], parts: index.slice(0, -1).map((row) => row[j]) });
  }
  const hidden = cells.map((c) => c.count.suppressed);
  for (const k of findRecomputable(reduceRelations(relations, cells.length, hidden), hidden).recomputable) findings.push({ at: cells[k].at, problem: 'RECOMPUTABLE' });
  const published: PublishedRelation[] = relations.map((r) => ({ total: cells[r.total].count, parts: r.parts.map((p) => cells[p].count) }));
  const where = new Map(cells.map((c) => [c.count, c.at]));
  for (const c of findPinnedByBounds(published, hiddenLowerBound)) findings.push({ at: where.get(c)!, problem: 'PINNED_BY_BOUNDS' });
  return findings;
}
