import type { ProtectedCount } from './protected-count';

/** A relation between published counts as a reader sees them: the total is the sum of the parts. */
export interface PublishedRelation {
  total: ProtectedCount;
  parts: readonly ProtectedCount[];
}

/**
 * A reader's interval attack, independent of the suppression engine: starting from "every hidden
 * count is at least `hiddenLowerBound`" (1 when zeros are shown), it narrows each hidden count
 * relation by relation until nothing moves, and returns the hidden counts left with one possible
 * value. Pass every relation the reader can see, across all tables of the same people.
 */
export function findPinnedByBounds(relations: readonly PublishedRelation[], hiddenLowerBound = 1): ProtectedCount[] {
  const range = new Map<ProtectedCount, { min: number; max: number }>();
  const rangeOf = (c: ProtectedCount) => (c.suppressed ? range.get(c)! : { min: c.value!, max: c.value! });
  for (const rel of relations) for (const c of [rel.total, ...rel.parts]) if (c.suppressed) range.set(c, { min: hiddenLowerBound, max: Infinity });
  // A consistent table narrows towards the true values and stops; an inconsistent one (a hidden
  // count below the assumed least) could narrow forever, so it stops at the first empty range.
  let moved = true;
  let empty = false;
  while (moved && !empty) {
    moved = false;
    const narrow = (c: ProtectedCount, min: number, max: number) => {
      const r = range.get(c)!;
      if (min > r.min) [r.min, moved] = [min, true];
      if (max < r.max) [r.max, moved] = [max, true];
      if (r.min > r.max) empty = true;
    };
    for (const { total, parts } of relations) {
      const ranges = parts.map(rangeOf);
      if (total.suppressed) narrow(total, sumOf(ranges.map((r) => r.min)), sumOf(ranges.map((r) => r.max)));
      parts.forEach((p, i) => {
        if (!p.suppressed) return;
        const others = ranges.filter((_, k) => k !== i);
        narrow(p, rangeOf(total).min - sumOf(others.map((r) => r.max)), rangeOf(total).max - sumOf(others.map((r) => r.min)));
      });
    }
  }
  return [...range].filter(([, r]) => r.min >= r.max).map(([c]) => c);
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
