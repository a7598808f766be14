import { OCCUPATIONS, OCCUPATION_PROFILES } from '../catalogue/occupations';
import type { Random } from '../random';
import type { Sex } from '../types';

/** how attractive an occupation of a given level is to someone with a qualification of a given level */
const LEVEL_FIT: Record<1 | 2 | 3, Record<1 | 2 | 3, number>> = {
  1: { 1: 1, 2: 0.35, 3: 0.05 },
  2: { 1: 0.6, 2: 1, 3: 0.35 },
  3: { 1: 0.2, 2: 0.7, 3: 1 },
};

const KLDB = OCCUPATIONS.map((o) => o.kldb);

/**
 * 'contract': weight ∝ femaleShare for women and (1 − femaleShare) for men, which reproduces the
 *   catalogue's female share per occupation among contracts.
 * 'wish': the same, squared: wishes voiced at guidance or tried in internships are even more
 *   gender-typical than the contracts finally signed.
 */
export type ChoiceStrength = 'contract' | 'wish';

function sexFactor(sex: Sex, femaleShare: number, strength: ChoiceStrength): number {
  const f = sex === 'female' ? femaleShare : sex === 'male' ? 1 - femaleShare : 0.5;
  return strength === 'wish' ? f * f : f;
}

const cache = new Map<string, number[]>();

function weightsFor(sex: Sex, level: 1 | 2 | 3, strength: ChoiceStrength): number[] {
  const key = `${sex}/${level}/${strength}`;
  let w = cache.get(key);
  if (!w) {
    w = OCCUPATIONS.map((o) => {
      const p = OCCUPATION_PROFILES[o.kldb]!;
      return p.demand * LEVEL_FIT[level][p.level] * sexFactor(sex, o.femaleShare, strength);
    });
    cache.set(key, w);
  }
  return w;
}

/** A gender-typical occupation for a young person (KldB code). */
export function chooseOccupation(random: Random, sex: Sex, level: 1 | 2 | 3, strength: ChoiceStrength): string {
  return random.weighted(KLDB, weightsFor(sex, level, strength));
}
