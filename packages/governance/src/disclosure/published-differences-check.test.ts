import { describe, expect, it } from 'vitest';
import { checkPublishedDifferences } from './published-differences-check';
import { protectCounts } from './protect-counts';
import type { ProtectedTable } from './count-table';
import type { ProtectedCount } from './protected-count';

/*
 * A reader holds the same table of the same people at two days side by side: what they learn from
 * subtracting, which neither table alone gives.
 */
const shown = (value: number): ProtectedCount => ({ value, suppressed: false, reason: null });
const hidden: ProtectedCount = { value: null, suppressed: true, reason: null };

/** Rows `[A, B, total]` and the totals line `[A, B, grand total]`; null is a hidden count. */
function table(rows: (number | null)[][], totals: (number | null)[]): ProtectedTable {
  const cell = (v: number | null) => (v === null ? { ...hidden } : shown(v));
  return {
    threshold: 3,
    columns: ['A', 'B'],
    rows: rows.map((r, i) => ({ key: `r${i}`, cells: [cell(r[0]), cell(r[1])], total: cell(r[2]) })),
    columnTotals: [cell(totals[0]), cell(totals[1])],
    grandTotal: cell(totals[2]),
  };
}

describe('checkPublishedDifferences', () => {
  it('finds a published count that changed by 1 between two days (one person moved)', () => {
    const day1 = table([[10, 5, 15], [7, 8, 15]], [17, 13, 30]);
    const day2 = table([[11, 4, 15], [7, 8, 15]], [18, 12, 30]);
    const problems = checkPublishedDifferences(new Map([['d1', day1], ['d2', day2]]));
    expect(problems.filter((p) => p.problem === 'SMALL_DIFFERENCE').map((p) => p.at)).toEqual(['d1~d2|r0/A', 'd1~d2|r0/B', 'd1~d2|total/A', 'd1~d2|total/B']);
  });

  it('finds a row total hidden on one day and shown on the other', () => {
    const day1 = table([[10, 5, 15], [7, 8, 15]], [17, 13, 30]);
    const day2 = table([[null, null, null], [null, null, null]], [17, 13, 30]);
    expect(checkPublishedDifferences(new Map([['d1', day1], ['d2', day2]])).map((p) => p.problem)).toContain('MARGIN_DIFFERS');
  });

  it('finds nothing when changes are 0 or at least 3 and every hidden count has room on both days', () => {
    // true tables: day 1 r1 = 12+3, r2 = 8+1; day 2 r0 = 13+2, r1 = 12+3, r2 = 8+1
    const day1 = table([[10, 5, 15], [null, null, 15], [null, null, 9]], [30, 9, 39]);
    const day2 = table([[null, null, 15], [null, null, 15], [null, null, 9]], [33, 6, 39]);
    expect(checkPublishedDifferences(new Map([['d1', day1], ['d2', day2]]))).toEqual([]);
  });

  it('a count the caller marks hidden is hidden whatever its value, and protected like any other', () => {
    const entries = [
      { key: 'a', value: 10, complementRank: 0, hidden: true },
      { key: 'b', value: 20, complementRank: 0 },
      { key: 't', value: 30, complementRank: 2 },
    ];
    const out = protectCounts(entries, [{ total: 2, parts: [0, 1] }]);
    expect(out.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(out[0].reason).toBe('SECONDARY');
  });
});
