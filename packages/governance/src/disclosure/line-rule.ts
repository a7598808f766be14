import { cheaper, type CountEntry, type Reasons } from './count-entry';
import type { SumRelation } from './linear-derivation';
import { SuppressionReason, type ResolvedDisclosureOptions } from './protected-count';

/**
 * A relation needs one more hidden entry when it has exactly one (the published rest gives it
 * away), or when its published total leaves the hidden parts no room: total minus published parts
 * is their sum, and if that is the least they can add up to (1 each when zeros are shown), each
 * of them is known.
 */
export function needsComplement(rel: SumRelation, entries: readonly CountEntry[], reasons: Reasons, o: ResolvedDisclosureOptions): boolean {
  let hidden = reasons[rel.total] ? 1 : 0;
  let hiddenParts = 0;
  let hiddenSum = 0;
  for (const p of rel.parts) {
    if (!reasons[p]) continue;
    hidden++;
    hiddenParts++;
    hiddenSum += entries[p].value;
  }
  if (hidden === 1) return true;
  return hiddenParts > 0 && !reasons[rel.total] && hiddenSum === hiddenParts * o.hiddenLowerBound;
}

/**
 * Hides complements until no relation needs one. The complement is the cheapest published member,
 * preferring one that also serves other relations in need: one hidden cell that closes a row and
 * a column at once hides fewer cells overall than the smallest cell of each line on its own.
 */
export function applyLineRule(entries: readonly CountEntry[], relations: readonly SumRelation[], reasons: Reasons, o: ResolvedDisclosureOptions): void {
  const order = cheaper(entries);
  const relationsOf: number[][] = entries.map(() => []);
  relations.forEach((rel, r) => [rel.total, ...rel.parts].forEach((m) => relationsOf[m].push(r)));
  const needy = (r: number) => needsComplement(relations[r], entries, reasons, o);
  const serves = (m: number, self: number) => relationsOf[m].filter((r) => r !== self && needy(r)).length;
  let changed = true;
  while (changed) {
    changed = false;
    relations.forEach((rel, r) => {
      if (!needy(r)) return;
      const candidates = [rel.total, ...rel.parts].filter((m) => !reasons[m]);
      // No candidate: every member is hidden already, which protects the relation.
      if (candidates.length === 0) return;
      const score = new Map(candidates.map((m) => [m, serves(m, r)]));
      const zeroLast = (m: number) => Number(entries[m].value === 0);
      candidates.sort((a, b) => zeroLast(a) - zeroLast(b) || score.get(b)! - score.get(a)! || order(a, b));
      reasons[candidates[0]] = SuppressionReason.SECONDARY;
      changed = true;
    });
  }
}
