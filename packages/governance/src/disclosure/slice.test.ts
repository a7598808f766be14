import { describe, expect, it } from 'vitest';
import { protectTable } from './count-table';
import { sliceRows, unknownRowKeys } from './slice';

const rows = ['s1', 's2', 's3', 's4'];
const columns = ['x', 'y', 'z'];
const m = [
  [1, 6, 9],
  [4, 5, 7],
  [3, 8, 2],
  [6, 4, 10],
];
const input = { rows, columns, counts: rows.flatMap((row, i) => columns.map((column, j) => ({ row, column, count: m[i][j] }))) };

describe('answering part of a table', () => {
  it('a query for some schools returns exactly those rows of the full protected table, with its margins', () => {
    const full = protectTable(input);
    for (const keys of [['s1'], ['s3', 's1'], ['s2', 's4'], rows]) {
      const part = sliceRows(full, keys);
      expect(part.rows).toEqual(full.rows.filter((r) => keys.includes(r.key)));
      expect(part.columnTotals).toEqual(full.columnTotals);
      expect(part.grandTotal).toEqual(full.grandTotal);
    }
  });

  it('protecting the part on its own would publish counts that the full table hides (why slicing is the rule)', () => {
    const full = protectTable(input);
    const s1Alone = protectTable({ ...input, rows: ['s1'], counts: [...input.counts].filter((c) => c.row === 's1') });
    const differs = full.rows[0].cells.some((c, j) => c.suppressed !== s1Alone.rows[0].cells[j].suppressed);
    const revealed = full.rows[0].cells.some((c, j) => c.suppressed && !s1Alone.rows[0].cells[j].suppressed);
    expect(differs).toBe(true);
    expect(revealed).toBe(true);
  });

  it('rows keep the full table\'s order; an unknown key is reported, not silently dropped', () => {
    const full = protectTable(input);
    expect(sliceRows(full, ['s4', 's2']).rows.map((r) => r.key)).toEqual(['s2', 's4']);
    expect(unknownRowKeys(full, ['s2', 's9'])).toEqual(['s9']);
    expect(() => sliceRows(full, ['s9'])).toThrow(RangeError);
  });
});
