import { describe, expect, it } from 'vitest';
import { checkPublishedTable } from './published-table-check';
import { protectGroupedTable, protectTable } from './count-table';

// Five schools in three districts; d3 has a single school, so its district row is that school's row.
const rows = ['s1', 's2', 's3', 's4', 's5'];
const columns = ['haupt', 'real', 'abitur'];
const m = [
  [1, 6, 9],
  [4, 5, 7],
  [3, 8, 12],
  [6, 1, 10],
  [2, 9, 4],
];
const input = { rows, columns, counts: rows.flatMap((row, i) => columns.map((column, j) => ({ row, column, count: m[i][j] }))) };
const groups = [
  { key: 'd1', rows: ['s1', 's2'] },
  { key: 'd2', rows: ['s3', 's4'] },
  { key: 'd3', rows: ['s5'] },
];

describe('a school table and its district table, protected together', () => {
  it('a district with one school shows exactly what the school row shows, hidden cells included', () => {
    const { detail, grouped } = protectGroupedTable(input, groups);
    expect(grouped.rows[2].cells).toEqual(detail.rows[4].cells);
    expect(grouped.rows[2].total).toEqual(detail.rows[4].total);
    expect(detail.rows[4].cells[0].reason).toBe('PRIMARY');
  });

  it('a district count minus its other schools\' published counts never gives a hidden school count', () => {
    const { detail, grouped } = protectGroupedTable(input, groups);
    groups.forEach((g, gi) => {
      const schools = detail.rows.filter((r) => g.rows.includes(r.key));
      [...grouped.rows[gi].cells, grouped.rows[gi].total].forEach((districtCell, j) => {
        const hidden = [districtCell, ...schools.map((s) => [...s.cells, s.total][j])].filter((c) => c.suppressed).length;
        expect(hidden, `${g.key} column ${j}`).not.toBe(1);
      });
    });
    expect(checkPublishedTable(detail)).toEqual([]);
    expect(checkPublishedTable(grouped)).toEqual([]);
  });

  it('both tables share the column totals and grand total, and hide at least what the school table alone would', () => {
    const { detail, grouped } = protectGroupedTable(input, groups);
    expect(grouped.columnTotals).toEqual(detail.columnTotals);
    expect(grouped.grandTotal).toEqual(detail.grandTotal);
    const alone = protectTable(input);
    alone.rows.forEach((r, i) => r.cells.forEach((c, j) => c.suppressed && expect(detail.rows[i].cells[j].suppressed).toBe(true)));
  });

  it('refuses a school in two districts or in none', () => {
    expect(() => protectGroupedTable(input, [{ key: 'd1', rows: ['s1', 's2', 's3', 's4'] }])).toThrow(RangeError);
    expect(() => protectGroupedTable(input, [...groups, { key: 'd4', rows: ['s1'] }])).toThrow(RangeError);
  });
});
