import type { Random } from '../random';
import type { Applicant, ApplicantOutcome, Destination } from '../types';
import { idSequence } from './ids';
import { qualificationLevel } from './model';
import { chooseOccupation } from './occupation-choice';
import type { Person } from './people';

/** who registers with the employment agency as an applicant for an apprenticeship place */
const REGISTRATION_SHARE: Record<Destination, number> = {
  APPRENTICESHIP: 0.7,
  TRANSITION_SYSTEM: 0.5,
  FURTHER_SCHOOL: 0.15,
  UNIVERSITY: 0.1,
  OTHER: 0.35,
  UNKNOWN: 0.25,
};

const OUTCOMES: readonly ApplicantOutcome[] = ['PLACED', 'ALTERNATIVE_SEARCHING', 'OTHER_FORMER', 'UNPLACED', 'UNKNOWN'];

/**
 * Of those in an alternative on 30 September, the share still searching (BA: "Bewerber mit
 * Alternative zum 30.09."); the rest gave up the search ("andere ehemalige Bewerber"). Nationally
 * about a fifth; more among those in a transition measure, which many take while they search.
 * One weight is split in two adjacent ones, so the single draw per applicant is unchanged and
 * every other outcome of the generated world stays as it was.
 */
const STILL_SEARCHING: Record<Destination, number> = {
  APPRENTICESHIP: 0,
  TRANSITION_SYSTEM: 0.35,
  FURTHER_SCHOOL: 0.15,
  UNIVERSITY: 0.05,
  OTHER: 0.25,
  UNKNOWN: 0,
};

/**
 * Outcome on 30 September, consistent with the true destination. `disadvantage` (non-German,
 * SGB II, district risk) raises the share left unplaced: the structural discrimination the
 * network wants to make visible.
 */
function outcomeWeights(destination: Destination, disadvantage: number): number[] {
  const [placed, alternative, unplaced, unknown] = fourWeights(destination, disadvantage);
  const searching = STILL_SEARCHING[destination];
  return [placed, alternative * searching, alternative * (1 - searching), unplaced, unknown];
}

function fourWeights(destination: Destination, disadvantage: number): number[] {
  switch (destination) {
    case 'APPRENTICESHIP':
      return [0.93, 0, 0.03 + 0.02 * disadvantage, 0.04];
    case 'TRANSITION_SYSTEM':
      return [0, 0.78, 0.1 + 0.08 * disadvantage, 0.08];
    case 'FURTHER_SCHOOL':
      return [0, 0.75, 0.05 + 0.04 * disadvantage, 0.15];
    case 'UNIVERSITY':
      return [0, 0.5, 0.05, 0.45];
    case 'OTHER':
      return [0, 0.25, 0.25 + 0.1 * disadvantage, 0.45];
    case 'UNKNOWN':
      return [0, 0, 0.3 + 0.1 * disadvantage, 0.7];
  }
}

/** Applicants for apprenticeship places (BA Bewerberstatistik), one per person and reporting year. */
export function buildApplicants(random: Random, people: readonly Person[]): Applicant[] {
  const nextId = idSequence('A', 6);
  const applicants: Applicant[] = [];
  for (const person of people) {
    const { youth, cohortYear } = person;
    if (!random.chance(REGISTRATION_SHARE[youth.destination])) continue;
    const disadvantage = (youth.nationalityGroup === 'non_german' ? 1 : 0) + (youth.sgb2 ? 1 : 0) + person.risk;
    applicants.push({
      id: nextId(),
      pseudonym: youth.pseudonym,
      reportYear: cohortYear,
      registeredOn: random.dateBetween(`${cohortYear - 1}-10-01`, `${cohortYear}-06-30`),
      targetKldb: random.chance(0.8) ? person.occupation : chooseOccupation(random, youth.sex, qualificationLevel(person.qualification), 'wish'),
      outcome: random.weighted(OUTCOMES, outcomeWeights(youth.destination, disadvantage)),
    });
  }
  return applicants;
}
