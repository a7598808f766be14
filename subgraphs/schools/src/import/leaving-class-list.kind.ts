import { dateCell, type ExportKind } from '@kassel-hub/import';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';
import { checkInCohort, checkSchool, loadSchools, pupilColumns, type PupilOfSchool, type SchoolRefs } from './school-columns';

interface LeavingClassRow extends PupilOfSchool {
  expectedLeavingDate: string;
}

/**
 * The leaving-class list (Abgangsklassenliste) from the school administration software: every
 * pupil expected to leave at the end of the school year, with the expected date. Keyed by
 * pseudonym and leaving year; a second delivery updates the school and the expected date.
 */
export const leavingClassList: ExportKind<LeavingClassRow, SchoolRefs> = {
  name: 'leaving-class-list',
  title: 'Abgangsklassenliste',
  description:
    'Pupils expected to leave at the end of the school year, from the school administration software. Stored as the young person\'s `leavingClass`.',
  columns: [
    ...pupilColumns<LeavingClassRow>(),
    {
      header: 'Voraussichtliches Abgangsdatum',
      aliases: ['Abgangsdatum (voraussichtlich)', 'voraussichtlicher Abgang'],
      field: 'expectedLeavingDate',
      presence: 'required',
      parse: dateCell,
      doc: 'Expected leaving date, TT.MM.JJJJ, within the leaving year.',
    },
  ],
  key: ['pseudonym', 'cohortYear'],
  checkRow(row, fail, ctx) {
    checkInCohort(row, 'expectedLeavingDate', fail);
    // A leaving class is this school year's or next year's, never one far ahead.
    if (row.cohortYear > Number(ctx.today.slice(0, 4)) + 1) fail('cohortYear', 'COHORT_TOO_FAR_AHEAD', `leaving classes of ${row.cohortYear} are not formed yet`);
  },
  loadReferences: loadSchools,
  checkReferences: (row, schools, fail) => checkSchool(row, schools, fail),
  target: {
    entity: LeavingClassEntry,
    managed: ['schoolId', 'expectedLeavingDate'],
    record: (r) => ({ pseudonym: r.pseudonym, cohortYear: r.cohortYear, schoolId: r.schoolId, expectedLeavingDate: r.expectedLeavingDate }),
    create: () => ({}),
  },
};
