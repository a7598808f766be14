import { DATA_CUTOFF, addMonths } from '../dates';
import type { Random } from '../random';
import type { WelfareParticipation } from '../types';
import { idSequence } from './ids';
import type { Person } from './people';

/**
 * Youth-welfare measures of the youth welfare office (SGB VIII §13): a Jugendwerkstatt for a few young people,
 * mostly those leaving without a qualification from districts where risks cluster.
 */
export function buildWelfare(random: Random, people: readonly Person[]): WelfareParticipation[] {
  const nextId = idSequence('W', 6);
  const rows: WelfareParticipation[] = [];
  for (const person of people) {
    const noQualification = person.qualification === 'NONE' || person.qualification === 'FOERDER';
    const p = 0.004 + 0.025 * person.risk + (noQualification ? 0.05 : 0);
    if (!random.chance(p)) continue;
    const start = random.dateBetween(`${person.cohortYear}-08-15`, `${person.cohortYear}-11-30`);
    const end = addMonths(start, random.int(6, 12));
    rows.push({ id: nextId(), pseudonym: person.youth.pseudonym, measure: 'JUGENDWERKSTATT', start, end: end > DATA_CUTOFF ? null : end });
  }
  return rows;
}
