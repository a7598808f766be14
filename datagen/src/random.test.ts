import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('seeded random streams', () => {
  it('repeat exactly for the same seed, so generated data can be rebuilt anywhere', () => {
    const a = createRandom(2014);
    const b = createRandom(2014);
    const drawsA = Array.from({ length: 50 }, () => a.float());
    const drawsB = Array.from({ length: 50 }, () => b.float());
    expect(drawsA).toEqual(drawsB);
  });

  it('differ between seeds and between forked labels, so slices do not share draws', () => {
    const first = createRandom(2014).float();
    expect(createRandom(2015).float()).not.toBe(first);
    const root = createRandom(2014);
    expect(root.fork('pupils').float()).not.toBe(root.fork('contracts').float());
    expect(createRandom(2014).fork('pupils').float()).toBe(createRandom(2014).fork('pupils').float());
  });

  it('keep int() within its inclusive bounds and reach both ends', () => {
    const r = createRandom('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('never pick an item of weight zero and follow the weights roughly', () => {
    const r = createRandom('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.weighted(['a', 'b', 'c'] as const, [1, 0, 3])]++;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.6);
    expect(counts.c / counts.a).toBeLessThan(3.4);
  });

  it('hit chance(p) at about the rate p and centre normal() on its mean', () => {
    const r = createRandom('rates');
    let hits = 0;
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      if (r.chance(0.3)) hits++;
      sum += r.normal(10, 2);
    }
    expect(hits / 20_000).toBeCloseTo(0.3, 1);
    expect(sum / 20_000).toBeCloseTo(10, 1);
  });

  it('draw dates inside the inclusive range, as ISO YYYY-MM-DD', () => {
    const r = createRandom('dates');
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const d = r.dateBetween('2024-02-27', '2024-03-02');
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true);
      seen.add(d);
    }
    expect(seen.size).toBe(5); // leap day included
    expect(r.dateBetween('2020-01-01', '2020-01-01')).toBe('2020-01-01');
  });

  it('refuse impossible requests instead of returning something misleading', () => {
    const r = createRandom(1);
    expect(() => r.pick([])).toThrow(RangeError);
    expect(() => r.weighted(['a'], [0])).toThrow(RangeError);
    expect(() => r.int(5, 4)).toThrow(RangeError);
    expect(() => r.dateBetween('2020-02-01', '2020-01-01')).toThrow(RangeError);
  });
});
