import type { CountEntry, Reasons } from './count-entry';
import { applyBoundsRule } from './bounds-rule';
import { applyExactRule } from './exact-rule';
import { applyLineRule } from './line-rule';
import type { SumRelation } from './linear-derivation';
import { isPrimary, resolveDisclosureOptions, SuppressionReason, type DisclosureOptions, type ProtectedCount } from './protected-count';

export type { CountEntry } from './count-entry';
export type { SumRelation } from './linear-derivation';

/**
 * Applies primary and secondary suppression to counts linked by sum relations, deterministically:
 * 1. primary: every count with 0 < value < threshold (and 0 when zeros are suppressed); entries
 *    the caller marks `hidden` start hidden too (as secondary: their value is not small);
 * 2. line rule until stable (see `applyLineRule`): no relation with a single hidden entry, none
 *    whose published total pins its hidden parts;
 * 3. exact rule (see `applyExactRule`): no hidden entry recomputable from several relations
 *    combined; back to 2 whenever it hid something;
 * 4. bounds rule (see `applyBoundsRule`): no hidden entry pinned to one value by the bounds a
 *    reader derives from "every hidden count is at least 1"; back to 2 whenever it hid something.
 * Every step only adds hidden entries, so it ends; equal input gives equal output.
 */
export function protectCounts(entries: readonly CountEntry[], relations: readonly SumRelation[], options?: DisclosureOptions): ProtectedCount[] {
  const o = resolveDisclosureOptions(options);
  const reasons: Reasons = entries.map((e) => (isPrimary(e.value, o) ? SuppressionReason.PRIMARY : e.hidden ? SuppressionReason.SECONDARY : null));
  do applyLineRule(entries, relations, reasons, o);
  while (applyExactRule(entries, relations, reasons) || applyBoundsRule(entries, relations, reasons, o));
  return entries.map((e, i) => {
    const reason = reasons[i];
    return reason ? { value: null, suppressed: true, reason } : { value: e.value, suppressed: false, reason: null };
  });
}
