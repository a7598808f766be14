import { GUIDANCE_NOTES } from '../catalogue/names';
import { addDays } from '../dates';
import type { Random } from '../random';
import type { Destination, GuidanceChannel, GuidanceContact } from '../types';
import { idSequence } from './ids';
import { qualificationLevel } from './model';
import { chooseOccupation } from './occupation-choice';
import type { Person } from './people';

/** those heading for the dual system or a measure see the careers service more often */
const GUIDANCE_SHARE: Record<Destination, number> = {
  APPRENTICESHIP: 0.8,
  TRANSITION_SYSTEM: 0.85,
  FURTHER_SCHOOL: 0.55,
  UNIVERSITY: 0.45,
  OTHER: 0.6,
  UNKNOWN: 0.5,
};

const CHANNELS: readonly GuidanceChannel[] = ['IN_PERSON', 'SCHOOL_CONSULTATION_HOUR', 'PHONE', 'VIDEO'];
/** video counselling became common only from 2020 */
const CHANNEL_WEIGHTS_BEFORE_2020 = [0.5, 0.32, 0.17, 0.01];
const CHANNEL_WEIGHTS_FROM_2020 = [0.42, 0.28, 0.18, 0.12];

/** Career-guidance contacts (Berufsberatung) in the twelve months before leaving school. */
export function buildGuidance(random: Random, people: readonly Person[]): GuidanceContact[] {
  const nextId = idSequence('G', 6);
  const contacts: GuidanceContact[] = [];
  for (const person of people) {
    if (!random.chance(GUIDANCE_SHARE[person.youth.destination])) continue;
    const count = random.weighted([1, 2, 3, 4], [0.4, 0.3, 0.2, 0.1]);
    const dates: string[] = [];
    for (let i = 0; i < count; i++) dates.push(random.dateBetween(addDays(person.leavingDate, -365), addDays(person.leavingDate, -1)));
    dates.sort();
    for (const date of dates) {
      const weights = date < '2020-01-01' ? CHANNEL_WEIGHTS_BEFORE_2020 : CHANNEL_WEIGHTS_FROM_2020;
      let wishKldb: string | null = null;
      if (random.chance(0.8)) {
        wishKldb = random.chance(0.5) ? person.occupation : chooseOccupation(random, person.youth.sex, qualificationLevel(person.qualification), 'wish');
      }
      contacts.push({
        id: nextId(),
        pseudonym: person.youth.pseudonym,
        date,
        channel: random.weighted(CHANNELS, weights),
        wishKldb,
        note: random.chance(0.55) ? random.pick(GUIDANCE_NOTES) : null,
      });
    }
  }
  return contacts;
}
