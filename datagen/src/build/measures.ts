import { DATA_CUTOFF, addMonths } from '../dates';
import type { Random } from '../random';
import type { EmploymentMeasure, MeasureParticipation, TrainingContract } from '../types';
import { idSequence } from './ids';
import type { Person } from './people';

/** BÜA (Berufsfachschule zum Übergang in Ausbildung) replaces BzB from the 2025 school year */
const BUEA_FROM = 2025;

/** an end date still in the future at the cut-off is unknown: the participation is running */
function endOrNull(end: string): string | null {
  return end > DATA_CUTOFF ? null : end;
}

/**
 * Measures of the employment agency / Jobcenter: most young people in the transition system take
 * part in one (BvB, EQ, from 2025 also BÜA), starting in August or September after leaving school;
 * some apprentices get assisted training (AsA flex) during their contract.
 */
export function buildMeasures(random: Random, people: readonly Person[], contracts: readonly TrainingContract[]): MeasureParticipation[] {
  const nextId = idSequence('M', 6);
  const measures: MeasureParticipation[] = [];
  const firstContract = new Map<string, TrainingContract>();
  for (const c of contracts) if (!firstContract.has(c.pseudonym)) firstContract.set(c.pseudonym, c);

  for (const person of people) {
    const { youth, cohortYear } = person;
    if (youth.destination === 'TRANSITION_SYSTEM' && random.chance(0.85)) {
      const measure: EmploymentMeasure =
        cohortYear >= BUEA_FROM ? random.weighted<EmploymentMeasure>(['BUEA', 'BVB', 'EQ'], [0.45, 0.35, 0.2]) : random.weighted<EmploymentMeasure>(['BVB', 'EQ'], [0.65, 0.35]);
      const start = random.dateBetween(`${cohortYear}-08-01`, `${cohortYear}-09-30`);
      // some leave early: for a job, an apprenticeship, or without notice
      const months = random.chance(0.2) ? random.int(1, 8) : measure === 'EQ' ? random.int(6, 12) : measure === 'BUEA' ? 11 : 10;
      measures.push({ id: nextId(), pseudonym: youth.pseudonym, measure, start, end: endOrNull(addMonths(start, months)) });
    }
    const contract = firstContract.get(youth.pseudonym);
    if (contract && random.chance(0.03 + 0.15 * person.risk)) {
      const start = addMonths(contract.startDate, random.int(1, 14));
      if (start > DATA_CUTOFF) continue;
      measures.push({ id: nextId(), pseudonym: youth.pseudonym, measure: 'ASA_FLEX', start, end: endOrNull(addMonths(start, random.int(6, 18))) });
    }
  }
  return measures;
}
