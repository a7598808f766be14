import { createHash } from 'node:crypto';
import { protectCounts, SuppressionReason, type CountEntry, type DisclosureOptions, type ProtectedCount, type SumRelation } from '@kassel-hub/governance';

/** What hiding an entry costs readers (the kit's tables use the same order): inner cells first. */
export const Rank = { cell: 0, groupCell: 1, lineTotal: 2, groupTotal: 3, columnTotal: 4, grandTotal: 5 } as const;

/** One line of counts: a count per column; `total` is added by the system. */
export type LineCounts = Readonly<Record<string, number>>;

/**
 * Counts linked by sum relations and protected in ONE run of the kit's engine, so that every count
 * a family of reports publishes about the same people is suppressed consistently.
 *
 * The kit's `protectTable` knows one classification per table. A report that cuts the same people
 * several ways (contracts by occupation, by occupation group, by qualification and by start year,
 * each split into ended early / not) needs all those cuts in one system: protected one by one, a
 * shared margin could be hidden in one table and shown in another. Lines and their partitions
 * say which relations a reader knows; entries that a report never shows may be in the system too:
 * the engine then assumes the reader knows more than they do, which only errs on the safe side.
 */
export class CountSystem {
  private readonly entries: CountEntry[] = [];
  private readonly index = new Map<string, number>();
  private readonly relations: SumRelation[] = [];

  /**
   * Registers one count; keys are unique and are the engine's last tie-breaker. `hidden`: hide it
   * whatever its value (see `CountEntry.hidden`).
   */
  add(key: string, value: number, rank: number, hidden = false): void {
    if (this.index.has(key)) throw new RangeError(`two counts for ${key}`);
    this.index.set(key, this.entries.push({ key, value, complementRank: rank, ...(hidden ? { hidden } : {}) }) - 1);
  }

  /** Declares `total = Σ parts`, checked on the true values (a wrong relation is a programming error). */
  sum(total: string, parts: readonly string[]): void {
    const [t, ...ps] = [total, ...parts].map((k) => this.at(k));
    const sum = ps.reduce((a, p) => a + this.entries[p].value, 0);
    if (sum !== this.entries[t].value) throw new RangeError(`${total} is ${this.entries[t].value}, its parts add up to ${sum}`);
    this.relations.push({ total: t, parts: ps });
  }

  /**
   * A line (a row of a table): one entry per column and `line/total`. Each partition is a set of
   * columns that adds up to the line's total (e.g. ended early + still running = contracts).
   */
  line(line: string, counts: LineCounts, partitions: readonly (readonly string[])[], cellRank: number, totalRank: number): void {
    const total = partitions[0].reduce((a, c) => a + (counts[c] ?? 0), 0);
    for (const column of new Set(partitions.flat())) this.add(`${line}/${column}`, counts[column] ?? 0, cellRank);
    this.add(`${line}/total`, total, totalRank);
    for (const p of partitions) this.sum(`${line}/total`, p.map((c) => `${line}/${c}`));
  }

  /** Declares that `group` is the sum of `members`, column by column (and in its total). */
  group(group: string, members: readonly string[], columns: readonly string[]): void {
    for (const c of [...columns, 'total']) this.sum(`${group}/${c}`, members.map((m) => `${m}/${c}`));
  }

  /** Runs primary and secondary suppression over everything at once. */
  protect(options?: DisclosureOptions): ProtectedCounts {
    const result = memoised(this.entries, this.relations, options);
    return {
      get: (key) => result[this.at(key)],
      keys: () => [...this.index.keys()],
    };
  }

  private at(key: string): number {
    const i = this.index.get(key);
    if (i === undefined) throw new RangeError(`no count ${key} in the system`);
    return i;
  }
}

/*
 * The engine is deterministic (equal input, equal suppression) but costs up to a few hundred
 * milliseconds on a sparse system, and reports are asked for again and again with unchanged data.
 * So results are kept by a hash of the whole input: any change in any count (a withdrawn consent,
 * a new record) is a different key. Nothing but published cells is kept; the true counts are
 * only hashed. A small bound, since only the latest state of each cohort is asked for.
 */
const MEMO_SIZE = 64;
const memo = new Map<string, ProtectedCount[]>();

function memoised(entries: readonly CountEntry[], relations: readonly SumRelation[], options?: DisclosureOptions): ProtectedCount[] {
  const key = createHash('sha256').update(JSON.stringify([entries, relations, options ?? null])).digest('base64');
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key); // most recently used last
    memo.set(key, hit);
    return hit;
  }
  const result = protectCounts(entries, relations, options).map((c) => Object.freeze({ ...c }));
  memo.set(key, result);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return result;
}

/** The published counts of a protected system, by key. */
export interface ProtectedCounts {
  get(key: string): ProtectedCount;
  keys(): string[];
}

/** A count hidden for want of a consistent protection (see `withheld`). */
export const WITHHELD: ProtectedCount = Object.freeze({ value: null, suppressed: true, reason: SuppressionReason.SECONDARY });

/** A system none of whose counts is published: what a report shows when it must fail closed. */
export const withheld = (system: ProtectedCounts): ProtectedCounts => ({ get: () => WITHHELD, keys: system.keys });

/** Sums line counts column by column (a group line from its member lines). */
export function addLines(lines: readonly LineCounts[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const l of lines) for (const [c, n] of Object.entries(l)) sum[c] = (sum[c] ?? 0) + n;
  return sum;
}

/** Counts per line and column, filled in one pass over the members. */
export class Tally {
  private readonly lines = new Map<string, Record<string, number>>();

  add(line: string, column: string, n = 1): void {
    let l = this.lines.get(line);
    if (!l) this.lines.set(line, (l = {}));
    l[column] = (l[column] ?? 0) + n;
  }

  of(line: string): Record<string, number> {
    return this.lines.get(line) ?? {};
  }
}
