/**
 * A small seeded pseudo-random generator (sfc32, seeded through a string hash and splitmix32).
 * Every stream carries its own state, so generating one slice never shifts another slice's draws:
 * `fork('pupils')` gives the pupils step a stream that depends only on the seed and that label.
 */

export interface Random {
  /** uniform float in [0, 1) */
  float(): number;
  /** uniform integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** one item, chosen with probability proportional to its weight (weights ≥ 0, not all 0) */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** true with probability p */
  chance(p: number): boolean;
  /** normally distributed value (Box–Muller) */
  normal(mean: number, sd: number): number;
  /** uniform ISO date (YYYY-MM-DD) between two ISO dates, both inclusive */
  dateBetween(isoFrom: string, isoTo: string): string;
  /** an independent stream derived from this stream's seed and a label */
  fork(label: string): Random;
}

/** FNV-1a over UTF-16 code units: turns a seed label into 32 bits. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 step: spreads one 32-bit value into well-mixed state words. */
function splitmix32(state: number): [next: number, out: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

const DAY_MS = 86_400_000;

function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function createRandom(seed: number | string): Random {
  const seedLabel = String(seed);
  let s = hashString(seedLabel);
  let a: number, b: number, c: number, d: number;
  [s, a] = splitmix32(s);
  [s, b] = splitmix32(s);
  [s, c] = splitmix32(s);
  [s, d] = splitmix32(s);

  // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 32-bit output
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // discard the first outputs: sfc32 needs a few rounds to decorrelate from its seed
  for (let i = 0; i < 12; i++) next();

  const float = (): number => next() / 4294967296;

  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(float() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(float() * items.length)] as T;
  };

  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('weighted() needs as many weights as items, and at least one');
    }
    let total = 0;
    for (const w of weights) total += w > 0 ? w : 0;
    if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight');
    let r = float() * total;
    for (let i = 0; i < items.length; i++) {
      const w = weights[i] as number;
      if (w <= 0) continue;
      r -= w;
      if (r < 0) return items[i] as T;
    }
    // rounding can leave r at a hair above 0: fall back to the last item with weight
    for (let i = items.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return items[i] as T;
    return items[items.length - 1] as T;
  };

  const chance = (p: number): boolean => float() < p;

  const normal = (mean: number, sd: number): number => {
    const u = 1 - float(); // (0, 1], so log() stays finite
    const v = float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const dateBetween = (isoFrom: string, isoTo: string): string => {
    const from = isoToDay(isoFrom);
    const to = isoToDay(isoTo);
    if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError(`dateBetween(${isoFrom}, ${isoTo}): not ISO dates`);
    if (to < from) throw new RangeError(`dateBetween(${isoFrom}, ${isoTo}): end is before start`);
    return dayToIso(int(from, to));
  };

  const fork = (label: string): Random => createRandom(`${seedLabel}/${label}`);

  return { float, int, pick, weighted, chance, normal, dateBetween, fork };
}
