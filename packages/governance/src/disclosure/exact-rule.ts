import { cheaper, type CountEntry, type Reasons } from './count-entry';
import { findRecomputable, isDependent, isNonZero, reduceRelations, type SumRelation } from './linear-derivation';
import { SuppressionReason } from './protected-count';

/**
 * Hides complements until no hidden entry can be recomputed through any combination of relations.
 * Returns true when it hid anything (the line rule then runs again).
 */
export function applyExactRule(entries: readonly CountEntry[], relations: readonly SumRelation[], reasons: Reasons): boolean {
  const hidden = reasons.map((r) => r !== null);
  const red = reduceRelations(relations, entries.length, hidden);
  const { recomputable, loose } = findRecomputable(red, hidden);
  const order = cheaper(entries);
  let changed = false;
  for (const e of recomputable) {
    const pivot = red.pivotRow[e];
    if (loose[pivot]) continue; // freed by an earlier complement of this pass
    const linked = entries.map((_, c) => c).filter((c) => !reasons[c] && isNonZero(red.rows[pivot][c]));
    // A published entry in the span of the hidden ones adds a direction along which `e` can move
    // without changing any published value; the reduction stays valid, so one pass frees many.
    const dependent = linked.filter((c) => isDependent(red, c)).sort(order);
    if (dependent.length > 0) {
      const c = dependent[0];
      reasons[c] = SuppressionReason.SECONDARY;
      for (let i = 0; i < red.rank; i++) if (isNonZero(red.rows[i][c])) loose[i] = 1;
      changed = true;
      continue;
    }
    // Otherwise hide the cheapest linked entry and reduce again.
    if (linked.length > 0) {
      reasons[linked.sort(order)[0]] = SuppressionReason.SECONDARY;
      return true;
    }
    // Fixed by the relations alone (forced to 0, say): no complement can help.
  }
  return changed;
}
