import { TRANSITION_MANAGERS } from '../catalogue/schools';
import { DATA_CUTOFF, addDays, minDate } from '../dates';
import type { Random } from '../random';
import type { CaseOutcome, Destination, TransitionCase } from '../types';
import { idSequence } from './ids';
import type { Person } from './people';

/** The managers of each school with transition managers, in catalogue order. */
const MANAGERS = new Map<string, string[]>();
for (const m of TRANSITION_MANAGERS) MANAGERS.set(m.schoolId, [...(MANAGERS.get(m.schoolId) ?? []), m.handle]);

function outcomeFor(random: Random, destination: Destination): CaseOutcome {
  switch (destination) {
    case 'APPRENTICESHIP':
      return 'APPRENTICESHIP';
    case 'TRANSITION_SYSTEM':
      return 'TRANSITION_SYSTEM';
    case 'FURTHER_SCHOOL':
    case 'UNIVERSITY':
      return 'FURTHER_SCHOOL';
    case 'OTHER':
      return random.chance(0.75) ? 'OTHER' : 'MOVED_AWAY';
    case 'UNKNOWN':
      return random.chance(0.7) ? 'DROPPED_OUT' : 'MOVED_AWAY';
  }
}

/**
 * Cases of the city's transition managers at the 8 schools that have them. A case opens in the
 * autumn before the leaving year; it closes some weeks after leaving with the young person's
 * destination. Cases of the latest cohort are still open.
 */
export function buildCases(random: Random, people: readonly Person[], latestCohort: number): TransitionCase[] {
  const nextId = idSequence('F', 6);
  const cases: TransitionCase[] = [];
  for (const person of people) {
    const managers = person.school ? MANAGERS.get(person.school.id) : undefined;
    if (!managers || !person.pupil) continue;
    // managers take on those who need them most
    if (!random.chance(Math.min(0.9, 0.13 + 0.55 * person.risk))) continue;
    const y = person.cohortYear;
    const open = y >= latestCohort;
    const closedOn = open ? null : minDate(random.dateBetween(addDays(person.leavingDate, 14), addDays(person.leavingDate, 150)), DATA_CUTOFF);
    cases.push({
      id: nextId(),
      pseudonym: person.youth.pseudonym,
      schoolId: person.school!.id,
      manager: random.pick(managers),
      openedOn: random.dateBetween(`${y - 1}-09-01`, `${y - 1}-11-30`),
      closedOn,
      outcome: open ? null : outcomeFor(random, person.youth.destination),
    });
  }
  return cases;
}
