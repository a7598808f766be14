import type { EntityManager } from '@mikro-orm/postgresql';
import { CellError, pseudonymCell, sameName, textCell, yearCell, type Column, type Fail } from '@kassel-hub/import';
import { School } from '../entities/school.entity';

/*
 * What both school exports share: the pupil's pseudonym, the school (by its number, optionally
 * named for a cross-check) and the leaving cohort, and the check of the school against the
 * schools' own register.
 */

export interface PupilOfSchool {
  pseudonym: string;
  schoolId: string;
  schoolName: string | null;
  cohortYear: number;
}

/** A school number as the school authority assigns it, e.g. S014. */
export function schoolNumberCell(raw: string): string {
  const value = raw.toUpperCase();
  if (!/^[A-Z0-9]{2,12}$/.test(value)) throw new CellError('INVALID_SCHOOL_NUMBER', 'expected a school number: 2 to 12 letters or digits, e.g. S014');
  return value;
}

export const pupilColumns = <R extends PupilOfSchool>(): Column<R>[] => [
  { header: 'Pseudonym', field: 'pseudonym', presence: 'required', parse: pseudonymCell, doc: 'The pupil\'s pseudonym (`Y` + 12 Crockford base32 characters).' },
  { header: 'Schulnummer', aliases: ['Schul-Nr.', 'Schulnr'], field: 'schoolId', presence: 'required', parse: schoolNumberCell, doc: 'School number; must be a school of the schools\' register.' },
  { header: 'Schule', aliases: ['Schulname'], field: 'schoolName', presence: 'optional', parse: textCell(200), doc: 'Name of the school; only checked against the register\'s name for the number (not stored).' },
  { header: 'Abgangsjahr', aliases: ['Entlassjahr'], field: 'cohortYear', presence: 'required', parse: yearCell, doc: 'Calendar year of leaving (the cohort), four digits.' },
];

export type SchoolRefs = Map<string, School>;

/** The schools a file names, in one query. */
export async function loadSchools(em: EntityManager, rows: readonly PupilOfSchool[]): Promise<SchoolRefs> {
  const schools = await em.find(School, { id: { $in: [...new Set(rows.map((r) => r.schoolId))] } });
  return new Map(schools.map((s) => [s.id, s]));
}

export function checkSchool(row: PupilOfSchool, schools: SchoolRefs, fail: Fail<PupilOfSchool>): void {
  const school = schools.get(row.schoolId);
  if (!school) return fail('schoolId', 'UNKNOWN_SCHOOL', `no school ${row.schoolId} in the schools' register`);
  if (row.schoolName !== null && !sameName(row.schoolName, school.name)) {
    fail('schoolName', 'NAME_MISMATCH', `school ${row.schoolId} is "${school.name}" in the register: is the school number right?`);
  }
}

/** A date must fall into the leaving cohort's calendar year. */
export function checkInCohort<R extends PupilOfSchool>(row: R, field: keyof R & string, fail: Fail<R>): void {
  const date = row[field] as unknown as string;
  if (Number(date.slice(0, 4)) !== row.cohortYear) fail(field, 'DATE_OUTSIDE_COHORT', `the date lies outside the leaving year ${row.cohortYear}`);
}
