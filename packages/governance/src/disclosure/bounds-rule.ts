import { cheaper, type CountEntry, type Reasons } from './count-entry';
import type { SumRelation } from './linear-derivation';
import { SuppressionReason, type ResolvedDisclosureOptions } from './protected-count';

/**
 * What a reader learns from bounds rather than equations: every hidden count is at least the
 * lower bound (1 when zeros are shown), so in a relation `total = parts` the published values and
 * the other members' bounds squeeze each hidden member. Chained over rows, columns and districts,
 * that squeezing pins down many counts in sparse tables that no single equation gives away.
 * This propagation is sound (every bound holds for the true table), though not as strong as
 * linear programming over all relations at once.
 */
export interface Bounds {
  lower: Float64Array;
  upper: Float64Array;
  /** The relation that last lowered each entry's upper bound, -1 if none. */
  upperFrom: Int32Array;
  /** The relation that last raised each entry's lower bound, -1 if none. */
  lowerFrom: Int32Array;
}

export function propagateBounds(entries: readonly CountEntry[], relations: readonly SumRelation[], reasons: Reasons, hiddenLowerBound: number): Bounds {
  const n = entries.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const upperFrom = new Int32Array(n).fill(-1);
  const lowerFrom = new Int32Array(n).fill(-1);
  entries.forEach((e, i) => {
    lower[i] = reasons[i] ? hiddenLowerBound : e.value;
    upper[i] = reasons[i] ? Infinity : e.value;
  });
  const tighten = (i: number, lo: number, hi: number, r: number): boolean => {
    let changed = false;
    if (lo > lower[i]) [lower[i], lowerFrom[i], changed] = [lo, r, true];
    if (hi < upper[i]) [upper[i], upperFrom[i], changed] = [hi, r, true];
    return changed;
  };
  // Bounds are integers moving towards the true values, so this ends; the cap is a safety net.
  for (let round = 0, changed = true; changed && round < 10_000; round++) {
    changed = false;
    relations.forEach((rel, r) => {
      let sumLower = 0;
      let sumUpper = 0;
      let unbounded = 0;
      for (const p of rel.parts) {
        sumLower += lower[p];
        if (upper[p] === Infinity) unbounded++;
        else sumUpper += upper[p];
      }
      const partsUpper = unbounded > 0 ? Infinity : sumUpper;
      if (reasons[rel.total] && tighten(rel.total, sumLower, partsUpper, r)) changed = true;
      for (const p of rel.parts) {
        if (!reasons[p]) continue;
        const othersUpper = unbounded - (upper[p] === Infinity ? 1 : 0) > 0 ? Infinity : sumUpper - (upper[p] === Infinity ? 0 : upper[p]);
        const othersLower = sumLower - lower[p];
        if (tighten(p, lower[rel.total] - othersUpper, upper[rel.total] - othersLower, r)) changed = true;
      }
    });
  }
  return { lower, upper, upperFrom, lowerFrom };
}

/**
 * Hides complements until bounds pin no hidden count to a single value. For a pinned count, the
 * relation that squeezed it gets its cheapest published non-zero member hidden, which widens the
 * squeeze by that member's value. Returns true when it hid anything.
 */
export function applyBoundsRule(entries: readonly CountEntry[], relations: readonly SumRelation[], reasons: Reasons, o: ResolvedDisclosureOptions): boolean {
  const bounds = propagateBounds(entries, relations, reasons, o.hiddenLowerBound);
  const order = cheaper(entries);
  const relationsOf: number[][] = entries.map(() => []);
  relations.forEach((rel, r) => [rel.total, ...rel.parts].forEach((m) => relationsOf[m].push(r)));
  const widened = new Set<number>();
  let changed = false;
  entries.forEach((_, e) => {
    if (!reasons[e] || bounds.lower[e] !== bounds.upper[e]) return;
    // The squeezing relations first; any other relation of the count if they have nothing left.
    const from = [...new Set([bounds.upperFrom[e], bounds.lowerFrom[e], ...relationsOf[e]])].filter((r) => r >= 0 && !widened.has(r));
    for (const r of from) {
      const rel = relations[r];
      const candidates = [rel.total, ...rel.parts].filter((m) => !reasons[m] && entries[m].value > o.hiddenLowerBound).sort(order);
      if (candidates.length === 0) continue;
      reasons[candidates[0]] = SuppressionReason.SECONDARY;
      widened.add(r);
      changed = true;
      return;
    }
  });
  return changed;
}
