/** Why a count is hidden: below the threshold itself, or hidden to protect another hidden count. */
export const SuppressionReason = { PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY' } as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

/** One published count: its value, or null with the reason it is hidden. Never 0 for a hidden count. */
export interface ProtectedCount {
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface DisclosureOptions {
  /** Counts from 1 to threshold − 1 are hidden. Official default 3; some reports need 5. */
  threshold?: number;
  /**
   * Whether a count of 0 is hidden like 1 and 2. Default false: in BA practice a zero is not
   * confidential ("-" in its tables), because it tells nothing about any person. The price is that
   * a reader knows every hidden count is at least 1, which the secondary suppression accounts for.
   */
  suppressZeros?: boolean;
}

export const DEFAULT_THRESHOLD = 3;

export interface ResolvedDisclosureOptions {
  threshold: number;
  suppressZeros: boolean;
  /** The smallest value a reader may assume for any hidden count (1 when zeros are shown). */
  hiddenLowerBound: number;
}

export function resolveDisclosureOptions(options: DisclosureOptions = {}): ResolvedDisclosureOptions {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // A threshold of 1 would hide nothing; a programming error, not something to answer silently.
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > 1000) {
    throw new RangeError(`disclosure threshold must be an integer from 2 to 1000, got ${threshold}`);
  }
  const suppressZeros = options.suppressZeros ?? false;
  return { threshold, suppressZeros, hiddenLowerBound: suppressZeros ? 0 : 1 };
}

/** True when a count must be hidden for its own sake (primary suppression). */
export function isPrimary(value: number, o: ResolvedDisclosureOptions): boolean {
  return value < o.threshold && (value > 0 || o.suppressZeros);
}

/** Checks a count from a query before it enters a table: a non-negative integer. */
export function assertCount(value: number, where: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`count for ${where} must be a non-negative integer, got ${value}`);
  return value;
}
