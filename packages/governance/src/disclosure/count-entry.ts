import type { SuppressionReason } from './protected-count';

/** One count of a table (a cell or a margin) as the suppression engine sees it. */
export interface CountEntry {
  /** Unique, stable key: the last tie-breaker, so equal tables always get equal suppression. */
  key: string;
  value: number;
  /** How much hiding this entry costs readers: inner cells 0, subtotals and margins higher. */
  complementRank: number;
  /**
   * Hidden whatever its value: the caller knows a way to it outside these relations (its difference
   * to a count of a related table, e.g. the same cell at another cut-off, would be 1 or 2).
   */
  hidden?: boolean;
}

/** The suppression state during the run: a reason per entry, null while it is published. */
export type Reasons = (SuppressionReason | null)[];

/**
 * Orders complement candidates, cheapest first: non-zero before zero (a hidden 0 protects nothing
 * when zeros are shown), then smallest value, lowest rank, key. Deterministic: keys are unique.
 */
export function cheaper(entries: readonly CountEntry[]) {
  return (a: number, b: number): number => {
    const x = entries[a];
    const y = entries[b];
    return (
      Number(x.value === 0) - Number(y.value === 0) ||
      x.value - y.value ||
      x.complementRank - y.complementRank ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
    );
  };
}
