import { QUALIFICATIONS } from '@kassel-hub/reference';
import { DISTRICTS } from '../catalogue/districts';
import { SCHOOLS } from '../catalogue/schools';
import type { Random } from '../random';
import type { District, NationalityGroup, Pupil, Qualification, School, SchoolType, Sex, Youth } from '../types';
import {
  DESTINATIONS,
  LEAVING_SCHOOL_TYPES,
  destinationWeights,
  leavingAgeRange,
  qualificationLevel,
  qualificationWeights,
  schoolTypeWeights,
} from './model';
import { chooseOccupation } from './occupation-choice';
import { pseudonymIssuer } from './pseudonyms';

/**
 * The ground truth about one young person, from which every partner's slice is cut. Only `youth`
 * and `pupil` are published as they are; the rest steers the other slices.
 */
export interface Person {
  youth: Youth;
  pupil: Pupil | null; // null: left school elsewhere, so the Kassel schools hold no record
  cohortYear: number;
  qualification: Qualification;
  school: School | null;
  /** the pupil record's leaving date, or 1 July for those who left school elsewhere */
  leavingDate: string;
  /** individual risk 0..1 (district, SGB II, nationality, chance) */
  risk: number;
  /** the apprenticeship occupation this person leans towards; the first contract's occupation */
  occupation: string;
}

const LEAVERS_PER_COHORT = 1900;
const SHARE_LIVING_IN_KASSEL = 0.88;
const SHARE_WITH_PUPIL_RECORD = 0.96;

const SCHOOLS_BY_TYPE = new Map<SchoolType, School[]>(LEAVING_SCHOOL_TYPES.map((t) => [t, SCHOOLS.filter((s) => s.type === t)]));
const DISTRICT_WEIGHTS = DISTRICTS.map((d) => d.under25);

/** Young people mostly attend a school near home; vocational schools draw from the whole city. */
function chooseSchool(random: Random, type: SchoolType, districtCode: string | null): School {
  const candidates = SCHOOLS_BY_TYPE.get(type)!;
  if (districtCode === null) return random.pick(candidates);
  return random.weighted(
    candidates,
    candidates.map((s) => (s.districtCode === districtCode ? 8 : 1)),
  );
}

function drawSex(random: Random): Sex {
  const r = random.float();
  return r < 0.49 ? 'female' : r < 0.495 ? 'diverse' : 'male';
}

export interface PeopleOptions {
  cohortYears: readonly number[];
  scale: number;
  onCohort?: (done: number, total: number) => void;
}

export function buildPeople(random: Random, options: PeopleOptions): Person[] {
  const pseudonyms = pseudonymIssuer(random.fork('pseudonyms'));
  const people: Person[] = [];
  options.cohortYears.forEach((cohortYear, i) => {
    const size = Math.max(1, Math.round(LEAVERS_PER_COHORT * options.scale * (1 + random.normal(0, 0.025))));
    for (let k = 0; k < size; k++) people.push(drawPerson(random, cohortYear, pseudonyms()));
    options.onCohort?.(i + 1, options.cohortYears.length);
  });
  return people;
}

function drawPerson(random: Random, cohortYear: number, pseudonym: string): Person {
  const sex = drawSex(random);
  const district: District | null = random.chance(SHARE_LIVING_IN_KASSEL) ? random.weighted(DISTRICTS, DISTRICT_WEIGHTS) : null;
  // Landkreis Kassel: fewer foreign nationals and less SGB II than the city
  const foreignShare = district ? district.foreignShare : 8;
  const sgb2Rate = district ? district.sgb2Rate : 7;
  // young people are somewhat more often non-German and in SGB II households than the population
  const nonGerman = random.chance(Math.min(0.9, (foreignShare / 100) * 1.15));
  const nationalityGroup: NationalityGroup = nonGerman ? 'non_german' : 'german';
  const sgb2 = random.chance(Math.min(0.9, (sgb2Rate / 100) * 1.25 * (nonGerman ? 1.4 : 1)));
  const risk = Math.min(1, 0.45 * (district ? district.risk : 0.25) + 0.25 * (sgb2 ? 1 : 0) + 0.12 * (nonGerman ? 1 : 0) + 0.18 * random.float());

  const type = random.weighted(LEAVING_SCHOOL_TYPES, schoolTypeWeights(risk));
  const qualification = random.weighted(QUALIFICATIONS, qualificationWeights(type, risk));
  const hasPupilRecord = random.chance(SHARE_WITH_PUPIL_RECORD);
  const school = hasPupilRecord ? chooseSchool(random, type, district?.code ?? null) : null;
  const [minAge, maxAge] = leavingAgeRange(qualification, type);
  const birthYear = cohortYear - random.int(minAge, maxAge);
  const leavingDate = hasPupilRecord ? random.dateBetween(`${cohortYear}-06-20`, `${cohortYear}-07-15`) : `${cohortYear}-07-01`;

  const destination = random.weighted(DESTINATIONS, destinationWeights({ qualification, sex, nonGerman, sgb2, risk }));
  const occupation = chooseOccupation(random, sex, qualificationLevel(qualification), 'contract');

  const youth: Youth = { pseudonym, sex, birthYear, nationalityGroup, districtCode: district?.code ?? null, sgb2, destination };
  const pupil: Pupil | null = school ? { pseudonym, schoolId: school.id, cohortYear, leavingDate, qualification } : null;
  return { youth, pupil, cohortYear, qualification, school, leavingDate, risk, occupation };
}
