import { describe, expect, it } from 'vitest';
import { protectList } from './count-list';

const list = (pairs: [string, number][]) => ({ categories: pairs.map(([c]) => c), counts: pairs.map(([category, count]) => ({ category, count })) });

describe('disclosure control of a one-dimensional breakdown', () => {
  it('a category of 1 is hidden, and the smallest other non-zero category with it; zeros stay visible', () => {
    const p = protectList(list([['a', 1], ['b', 7], ['c', 4], ['d', 0]]));
    expect(p.items.map((i) => i.count)).toEqual([
      { value: null, suppressed: true, reason: 'PRIMARY' },
      { value: 7, suppressed: false, reason: null },
      { value: null, suppressed: true, reason: 'SECONDARY' },
      { value: 0, suppressed: false, reason: null },
    ]);
    expect(p.total).toEqual({ value: 12, suppressed: false, reason: null });
  });

  it('two categories of 1 beside a published total would each be known: a third is hidden', () => {
    const p = protectList(list([['a', 1], ['b', 1], ['c', 9], ['d', 6]]));
    expect(p.items.map((i) => i.count.suppressed)).toEqual([true, true, false, true]);
  });

  it('a total below the threshold is hidden, and then one hidden category is enough', () => {
    const p = protectList(list([['a', 2], ['b', 0]]), { threshold: 5 });
    expect(p.total.reason).toBe('PRIMARY');
    expect(p.items.map((i) => i.count.suppressed)).toEqual([true, false]);
  });
});
