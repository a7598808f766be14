import { protectCounts } from './protect-counts';
import { assertCount, resolveDisclosureOptions, type DisclosureOptions, type ProtectedCount } from './protected-count';

/** A complete one-dimensional breakdown: every category of a fixed list, and their total. */
export interface CountListInput {
  /** Every category, in display order; categories not counted are 0. */
  categories: readonly string[];
  counts: Iterable<{ category: string; count: number }>;
}

export interface ProtectedList {
  threshold: number;
  items: { key: string; count: ProtectedCount }[];
  total: ProtectedCount;
}

/** Suppresses a list of categories with its total (one relation: the total is their sum). */
export function protectList(input: CountListInput, options?: DisclosureOptions): ProtectedList {
  const { threshold } = resolveDisclosureOptions(options);
  const index = new Map(input.categories.map((c, i) => [c, i]));
  if (index.size !== input.categories.length) throw new RangeError('category keys must be unique');
  const values = input.categories.map(() => 0);
  const seen = new Set<string>();
  for (const { category, count } of input.counts) {
    const i = index.get(category);
    if (i === undefined) throw new RangeError(`count for ${category} is outside the list's fixed categories`);
    if (seen.has(category)) throw new RangeError(`two counts for ${category}`);
    seen.add(category);
    values[i] = assertCount(count, category);
  }
  const entries = [
    ...input.categories.map((key, i) => ({ key, value: values[i], complementRank: 0 })),
    { key: 'total', value: values.reduce((a, b) => a + b, 0), complementRank: 1 },
  ];
  const parts = input.categories.map((_, i) => i);
  const result = protectCounts(entries, [{ total: parts.length, parts }], options);
  return {
    threshold,
    items: input.categories.map((key, i) => ({ key, count: result[i] })),
    total: result[parts.length],
  };
}
