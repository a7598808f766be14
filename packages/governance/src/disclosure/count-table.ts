import { protectCounts, type CountEntry, type SumRelation } from './protect-counts';
import { assertCount, resolveDisclosureOptions, type DisclosureOptions, type ProtectedCount } from './protected-count';

/** A complete two-dimensional table of counts, as one GROUP BY over a whole population yields it. */
export interface CountTableInput {
  /** Every row key, in display order; fixed by a catalogue (every school), never by a client filter. */
  rows: readonly string[];
  /** Every column key, in display order (e.g. all qualifications). */
  columns: readonly string[];
  /** One count per cell; cells not listed are 0. Margins are computed from the cells. */
  counts: Iterable<{ row: string; column: string; count: number }>;
}

/** Rows that add up to a coarser row (each school of a district); every row in exactly one group. */
export interface RowGroup {
  key: string;
  rows: readonly string[];
}

export interface ProtectedRow {
  key: string;
  /** One count per column, in the table's column order. */
  cells: ProtectedCount[];
  total: ProtectedCount;
}

export interface ProtectedTable {
  threshold: number;
  columns: readonly string[];
  rows: ProtectedRow[];
  columnTotals: ProtectedCount[];
  grandTotal: ProtectedCount;
}

/** A detailed table and its grouped view, protected together so neither reveals the other. */
export interface ProtectedGroupedTable {
  detail: ProtectedTable;
  grouped: ProtectedTable;
}

/** Suppresses a full table: every cell, row total, column total and the grand total. */
export function protectTable(input: CountTableInput, options?: DisclosureOptions): ProtectedTable {
  return protect(input, null, options).detail;
}

/**
 * Suppresses a table together with the table of its row groups. Protecting them one by one would
 * not do: a district's published count minus the published counts of its other school rows gives
 * back a school's hidden count. Here the district cells are sums of school cells in the same system.
 */
export function protectGroupedTable(input: CountTableInput, groups: readonly RowGroup[], options?: DisclosureOptions): ProtectedGroupedTable {
  const { detail, grouped } = protect(input, groups, options);
  return { detail, grouped: grouped! };
}

// Lower ranks are hidden first when complements tie on value: readers lose least with inner cells.
const RANK = { cell: 0, groupCell: 1, rowTotal: 2, groupTotal: 3, columnTotal: 4, grandTotal: 5 };

function protect(input: CountTableInput, groups: readonly RowGroup[] | null, options?: DisclosureOptions) {
  const { threshold } = resolveDisclosureOptions(options);
  const cols = [...input.columns];
  const counts = countMatrix(input);
  const entries: CountEntry[] = [];
  const relations: SumRelation[] = [];
  const add = (key: string, value: number, complementRank: number) => entries.push({ key, value, complementRank }) - 1;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  // Entry indices per line: cells[c] and the line total [cols.length].
  const line = (key: string, values: number[], cellRank: number, totalRank: number) => [
    ...values.map((v, c) => add(`${key}/${cols[c]}`, v, cellRank)),
    add(`${key}/total`, sum(values), totalRank),
  ];
  const detail = input.rows.map((r, i) => line(r, counts[i], RANK.cell, RANK.rowTotal));
  const columnTotals = cols.map((_, c) => sum(counts.map((row) => row[c])));
  const totalLine = line('total', columnTotals, RANK.columnTotal, RANK.grandTotal);

  // Each line adds up across; each column (the totals column too) adds up down its rows.
  const across = (l: number[]) => relations.push({ total: l[cols.length], parts: l.slice(0, cols.length) });
  const down = (ls: number[][], into: number[]) => into.forEach((total, c) => relations.push({ total, parts: ls.map((l) => l[c]) }));
  detail.forEach(across);
  across(totalLine);
  down(detail, totalLine);

  let grouped: number[][] | null = null;
  if (groups) {
    const members = groupMembers(input.rows, groups);
    grouped = groups.map((g, gi) => line(`group:${g.key}`, cols.map((_, c) => sum(members[gi].map((i) => counts[i][c]))), RANK.groupCell, RANK.groupTotal));
    grouped.forEach(across);
    grouped.forEach((gl, gi) => down(members[gi].map((i) => detail[i]), gl));
    down(grouped, totalLine);
  }

  const result = protectCounts(entries, relations, options);
  const view = (keys: readonly string[], ls: number[][]): ProtectedTable => ({
    threshold,
    columns: cols,
    rows: ls.map((l, i) => ({ key: keys[i], cells: l.slice(0, cols.length).map((e) => result[e]), total: result[l[cols.length]] })),
    columnTotals: totalLine.slice(0, cols.length).map((e) => result[e]),
    grandTotal: result[totalLine[cols.length]],
  });
  return { detail: view(input.rows, detail), grouped: groups && grouped ? view(groups.map((g) => g.key), grouped) : null };
}

/** Counts as rows × columns, refusing unknown keys and duplicate cells (a table is fixed and complete). */
function countMatrix(input: CountTableInput): number[][] {
  const rowIndex = indexOf(input.rows, 'row');
  const colIndex = indexOf(input.columns, 'column');
  const counts = input.rows.map(() => input.columns.map(() => 0));
  const seen = new Set<string>();
  for (const { row, column, count } of input.counts) {
    const i = rowIndex.get(row);
    const c = colIndex.get(column);
    if (i === undefined || c === undefined) throw new RangeError(`count for ${row}/${column} is outside the table's fixed rows and columns`);
    const key = `${i}/${c}`;
    if (seen.has(key)) throw new RangeError(`two counts for ${row}/${column}`);
    seen.add(key);
    counts[i][c] = assertCount(count, `${row}/${column}`);
  }
  return counts;
}

function indexOf(keys: readonly string[], what: string): Map<string, number> {
  const index = new Map(keys.map((k, i) => [k, i]));
  if (index.size !== keys.length) throw new RangeError(`${what} keys must be unique`);
  return index;
}

function groupMembers(rows: readonly string[], groups: readonly RowGroup[]): number[][] {
  const rowIndex = indexOf(rows, 'row');
  indexOf(groups.map((g) => g.key), 'group');
  const placed = new Set<number>();
  const members = groups.map((g) =>
    g.rows.map((r) => {
      const i = rowIndex.get(r);
      if (i === undefined) throw new RangeError(`group ${g.key} names unknown row ${r}`);
      if (placed.has(i)) throw new RangeError(`row ${r} is in more than one group`);
      placed.add(i);
      return i;
    }),
  );
  if (placed.size !== rows.length) throw new RangeError('every row must belong to a group');
  return members;
}
