import { describe, expect, it } from 'vitest';
import { CountSystem, Rank, withheld } from './count-system';

describe('CountSystem: several cuts of the same people protected as one', () => {
  it('hides a 1 and enough complements that no partition or column gives it back', () => {
    const sys = new CountSystem();
    const parts = [['A', 'B'], ['X', 'Y']];
    sys.line('r1', { A: 1, B: 9, X: 5, Y: 5 }, parts, Rank.cell, Rank.lineTotal);
    sys.line('r2', { A: 7, B: 8, X: 6, Y: 9 }, parts, Rank.cell, Rank.lineTotal);
    sys.line('total', { A: 8, B: 17, X: 11, Y: 14 }, parts, Rank.columnTotal, Rank.grandTotal);
    sys.group('total', ['r1', 'r2'], ['A', 'B', 'X', 'Y']);
    const p = sys.protect();
    expect(p.get('r1/A')).toMatchObject({ value: null, suppressed: true, reason: 'PRIMARY' });
    // every relation that holds r1/A holds a second hidden entry
    for (const rel of [['r1/A', 'r1/B', 'r1/total'], ['r1/A', 'r2/A', 'total/A']]) expect(rel.filter((k) => p.get(k).suppressed).length).toBeGreaterThanOrEqual(2);
    expect(p.get('total/total')).toMatchObject({ value: 25, suppressed: false });
  });

  it('refuses a relation that does not hold on the true counts (a programming error, not a table)', () => {
    const sys = new CountSystem();
    sys.line('r', { A: 3, B: 4, X: 3, Y: 3 }, [['A', 'B']], Rank.cell, Rank.lineTotal);
    expect(() => sys.line('s', { A: 3, B: 4, X: 3, Y: 3 }, [['A', 'B'], ['X', 'Y']], Rank.cell, Rank.lineTotal)).toThrow(RangeError);
    expect(() => sys.add('r/A', 1, Rank.cell)).toThrow(/two counts/);
  });

  it('a withheld system shows nothing at all', () => {
    const sys = new CountSystem();
    sys.line('r', { A: 30, B: 40 }, [['A', 'B']], Rank.cell, Rank.lineTotal);
    const p = withheld(sys.protect());
    expect(p.keys().map((k) => p.get(k).value)).toEqual([null, null, null]);
  });
});
