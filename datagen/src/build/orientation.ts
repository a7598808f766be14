import type { Random } from '../random';
import type { Company, OrientationActivity, SchoolType } from '../types';
import { CompanyDirectory } from './company-directory';
import { idSequence } from './ids';
import { qualificationLevel } from './model';
import { chooseOccupation } from './occupation-choice';
import type { Person } from './people';

/** The Potenzialanalyse is part of career orientation at these school types (not Gymnasium, not vocational). */
const POTENZIALANALYSE_TYPES = new Set<SchoolType>(['HAUPTSCHULE', 'REALSCHULE', 'MITTELSTUFENSCHULE', 'GESAMTSCHULE', 'FOERDERSCHULE']);
const NO_INTERNSHIP_TYPES = new Set<SchoolType>(['BERUFSSCHULE']);

/**
 * Career-orientation activities the schools record: a Potenzialanalyse for most pupils of the
 * lower-secondary school types, and 0–2 internships whose occupations follow gender-typical wishes.
 */
export function buildOrientation(random: Random, people: readonly Person[], companies: readonly Company[]): OrientationActivity[] {
  const directory = new CompanyDirectory(companies);
  const nextId = idSequence('O', 6);
  const activities: OrientationActivity[] = [];
  for (const person of people) {
    const { pupil, school } = person;
    if (!pupil || !school) continue;
    const year = person.cohortYear - 1;
    if (POTENZIALANALYSE_TYPES.has(school.type) && random.chance(0.9)) {
      activities.push({ id: nextId(), pseudonym: pupil.pseudonym, kind: 'POTENZIALANALYSE', date: random.dateBetween(`${year}-02-01`, `${year}-11-30`) });
    }
    if (NO_INTERNSHIP_TYPES.has(school.type)) continue;
    const internships = random.weighted([0, 1, 2], [0.25, 0.45, 0.3]);
    for (let i = 0; i < internships; i++) {
      const kldb = random.chance(0.5) ? person.occupation : chooseOccupation(random, person.youth.sex, qualificationLevel(person.qualification), 'wish');
      const company = directory.pick(random, kldb);
      if (!company) continue;
      activities.push({
        id: nextId(),
        pseudonym: pupil.pseudonym,
        kind: 'INTERNSHIP',
        date: random.dateBetween(`${year}-01-15`, `${person.cohortYear}-03-31`),
        companyId: company.id,
        occupationKldb: kldb,
        weeks: random.weighted([1, 2, 3], [0.2, 0.5, 0.3]),
      });
    }
  }
  return activities;
}
