import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '@kassel-hub/datagen';
import { checkPublishedTable } from './published-table-check';
import { protectGroupedTable, protectTable, type CountTableInput, type ProtectedTable, type RowGroup } from './count-table';
import { findPinnedByBounds, type PublishedRelation } from './published-bounds-check';
import type { ProtectedCount } from './protected-count';

/*
 * Property tests on many seeded random tables. The checkers here know nothing of the engine: they
 * read the published tables as a client would and try to recompute hidden counts.
 */

interface RandomTable {
  input: CountTableInput;
  matrix: number[][];
  threshold: number;
  suppressZeros: boolean;
}

/** Small, sparse counts like a cohort split by school: many 0s, 1s and 2s, a few large ones. */
function randomTable(rnd: Random): RandomTable {
  const rows = Array.from({ length: rnd.int(1, 9) }, (_, i) => `r${i}`);
  const columns = Array.from({ length: rnd.int(1, 8) }, (_, j) => `c${j}`);
  const matrix = rows.map(() => columns.map(() => rnd.weighted([0, 1, 2, 3, 4, 5, 8, 20], [4, 3, 2, 1, 1, 1, 1, 1])));
  const counts = rows.flatMap((row, i) => columns.map((column, j) => ({ row, column, count: matrix[i][j] })));
  return { input: { rows, columns, counts }, matrix, threshold: rnd.pick([3, 3, 5]), suppressZeros: rnd.chance(0.2) };
}

/** Every line (rows and columns, the totals ones included) of a published table, members last = total. */
function lines(t: ProtectedTable): { key: string; members: ProtectedCount[] }[] {
  const grid = [...t.rows.map((r) => [...r.cells, r.total]), [...t.columnTotals, t.grandTotal]];
  return [
    ...grid.map((members, i) => ({ key: `row ${t.rows[i]?.key ?? 'total'}`, members })),
    ...grid[0].map((_, j) => ({ key: `column ${t.columns[j] ?? 'total'}`, members: grid.map((row) => row[j]) })),
  ];
}

/** The checker the rule asks for: no line has exactly one hidden entry (one unknown is solvable). */
function linesWithOneUnknown(t: ProtectedTable): string[] {
  return lines(t)
    .filter((l) => l.members.filter((m) => m.suppressed).length === 1)
    .map((l) => l.key);
}

/** Checks every published count against the true counts and every hidden one against the threshold. */
function checkValues(t: ProtectedTable, matrix: number[][], threshold: number, suppressZeros: boolean) {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const truth = [...matrix.map((row) => [...row, sum(row)]), [...matrix[0].map((_, j) => sum(matrix.map((r) => r[j]))), sum(matrix.flat())]];
  const grid = [...t.rows.map((r) => [...r.cells, r.total]), [...t.columnTotals, t.grandTotal]];
  grid.forEach((row, i) =>
    row.forEach((cell, j) => {
      const value = truth[i][j];
      const primary = value < threshold && (value > 0 || suppressZeros);
      expect(cell.reason === 'PRIMARY').toBe(primary);
      if (cell.suppressed) expect(cell.value).toBeNull();
      else expect(cell.value).toBe(value);
      // A hidden 0 would betray itself (and protect nothing) when zeros are shown.
      if (cell.reason === 'SECONDARY' && !suppressZeros) expect(value).toBeGreaterThan(0);
    }),
  );
}

// Hundreds of exhaustive bound checks: seconds of CPU, more on a busy machine than the 5 s default.
const HEAVY = 60_000;

describe('disclosure control on random tables (seeded)', () => {
  it('on 600 random tables no hidden count can be recomputed or pinned down from published values', () => {
    const rnd = createRandom('disclosure/plain');
    let hidden = 0;
    for (let n = 0; n < 600; n++) {
      const { input, matrix, threshold, suppressZeros } = randomTable(rnd);
      const t = protectTable(input, { threshold, suppressZeros });
      expect(linesWithOneUnknown(t), `table ${n}`).toEqual([]);
      expect(checkPublishedTable(t, suppressZeros ? 0 : 1), `table ${n}`).toEqual([]);
      checkValues(t, matrix, threshold, suppressZeros);
      hidden += t.rows.flatMap((r) => r.cells).filter((c) => c.suppressed).length;
    }
    expect(hidden).toBeGreaterThan(1000); // the tables were not trivially empty
  }, HEAVY);

  it('on 200 random school tables with districts, neither table nor both together reveal a hidden count, by equations or by bounds', () => {
    const rnd = createRandom('disclosure/grouped');
    for (let n = 0; n < 200; n++) {
      const { input, matrix, threshold, suppressZeros } = randomTable(rnd);
      const groups = randomGroups(rnd, input.rows);
      const { detail, grouped } = protectGroupedTable(input, groups, { threshold, suppressZeros });
      for (const t of [detail, grouped]) {
        expect(linesWithOneUnknown(t), `table ${n}`).toEqual([]);
        expect(checkPublishedTable(t, suppressZeros ? 0 : 1), `table ${n}`).toEqual([]);
      }
      checkValues(detail, matrix, threshold, suppressZeros);
      expect(grouped.columnTotals).toEqual(detail.columnTotals);
      const relations = readerRelations(detail, grouped, groups);
      expect(recomputable(relations), `table ${n}`).toEqual([]);
      expect(findPinnedByBounds(relations, suppressZeros ? 0 : 1), `table ${n}`).toEqual([]);
    }
  }, HEAVY);
});

function randomGroups(rnd: Random, rows: readonly string[]): RowGroup[] {
  const count = rnd.int(1, Math.min(4, rows.length));
  const groups: RowGroup[] = Array.from({ length: count }, (_, g) => ({ key: `g${g}`, rows: [] as string[] }));
  rows.forEach((r, i) => (groups[i < count ? i : rnd.int(0, count - 1)].rows as string[]).push(r));
  return groups;
}

/** Every relation a reader sees across a school table and its district table. */
function readerRelations(detail: ProtectedTable, grouped: ProtectedTable, groups: RowGroup[]): PublishedRelation[] {
  const relations: PublishedRelation[] = [];
  for (const t of [detail, grouped]) for (const l of lines(t)) relations.push({ total: l.members.at(-1)!, parts: l.members.slice(0, -1) });
  const rowOf = new Map(detail.rows.map((r) => [r.key, r]));
  groups.forEach((g, gi) => {
    const members = g.rows.map((k) => rowOf.get(k)!);
    const groupRow = grouped.rows[gi];
    [...groupRow.cells, groupRow.total].forEach((total, j) => relations.push({ total, parts: members.map((m) => [...m.cells, m.total][j]) }));
  });
  return relations;
}

/**
 * Exact check of a reader's system, by rank over a prime field (not the engine's method): a
 * hidden entry is recomputable when dropping its column from the system of hidden unknowns lowers
 * the rank, i.e. its column is independent of all other hidden columns.
 */
function recomputable(relations: PublishedRelation[]): string[] {
  const entries: ProtectedCount[] = [];
  const id = new Map<ProtectedCount, number>();
  const at = (c: ProtectedCount) => id.get(c) ?? (id.set(c, entries.push(c) - 1), entries.length - 1);
  const indexed = relations.map((r) => ({ total: at(r.total), parts: r.parts.map(at) }));
  const hidden = entries.map((_, i) => i).filter((i) => entries[i].suppressed);
  const column = (e: number) => indexed.map((r) => (r.total === e ? P - 1 : 0) + r.parts.filter((p) => p === e).length);
  const full = rankModP(hidden.map(column));
  return hidden.filter((e) => rankModP(hidden.filter((h) => h !== e).map(column)) < full).map((e) => `entry ${e}`);
}

const P = 1_000_003;

/** Rank of a set of column vectors over GF(P). */
function rankModP(columns: number[][]): number {
  const m = columns.map((c) => c.map((x) => ((x % P) + P) % P));
  let rank = 0;
  const height = m[0]?.length ?? 0;
  for (let row = 0; row < height && rank < m.length; row++) {
    const pivot = m.findIndex((c, i) => i >= rank && c[row] !== 0);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot], m[rank]];
    const inv = powMod(m[rank][row], P - 2);
    for (let i = 0; i < m.length; i++) {
      if (i === rank || m[i][row] === 0) continue;
      const f = mulMod(m[i][row], inv);
      m[i] = m[i].map((x, k) => (x - mulMod(f, m[rank][k]) + P) % P);
    }
    rank++;
  }
  return rank;
}

const mulMod = (a: number, b: number) => Number((BigInt(a) * BigInt(b)) % BigInt(P));
function powMod(base: number, exp: number): number {
  let result = 1;
  let b = base;
  for (let e = exp; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mulMod(result, b);
    b = mulMod(b, b);
  }
  return result;
}
