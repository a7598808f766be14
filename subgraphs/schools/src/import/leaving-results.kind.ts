import { dateCell, formatGermanDate, type ExportKind } from '@kassel-hub/import';
import { Leaver } from '../entities/leaver.entity';
import type { Qualification } from '../entities/enums';
import { QUALIFICATIONS } from './qualification-labels';
import { checkInCohort, checkSchool, loadSchools, pupilColumns, type PupilOfSchool, type SchoolRefs } from './school-columns';

interface LeavingResultRow extends PupilOfSchool {
  leavingDate: string;
  qualification: Qualification;
}

/**
 * The leaving results (Abgangsergebnisse): the actual leaving date and the qualification obtained.
 * Keyed by pseudonym and leaving year; a corrected delivery (a late exam result) updates only the
 * records that changed. The next step at leaving is not part of this export and stays as it is.
 */
export const leavingResults: ExportKind<LeavingResultRow, SchoolRefs> = {
  name: 'leaving-results',
  title: 'Abgangsergebnisse',
  description: 'Actual leaving date and qualification. The next step at leaving is not part of this export and is left as it is.',
  columns: [
    ...pupilColumns<LeavingResultRow>(),
    { header: 'Abgangsdatum', aliases: ['Entlassdatum'], field: 'leavingDate', presence: 'required', parse: dateCell, doc: 'Actual leaving date, TT.MM.JJJJ, within the leaving year and not in the future.' },
    { header: 'Abschluss', aliases: ['Schulabschluss'], field: 'qualification', presence: 'required', parse: (raw) => QUALIFICATIONS.parse(raw), doc: `Qualification obtained: ${QUALIFICATIONS.doc}.` },
  ],
  key: ['pseudonym', 'cohortYear'],
  checkRow(row, fail, ctx) {
    checkInCohort(row, 'leavingDate', fail);
    if (row.leavingDate > ctx.today) fail('leavingDate', 'DATE_IN_FUTURE', `a leaving result cannot lie after today (${formatGermanDate(ctx.today)})`);
  },
  loadReferences: loadSchools,
  checkReferences: (row, schools, fail) => checkSchool(row, schools, fail),
  target: {
    entity: Leaver,
    managed: ['schoolId', 'leavingDate', 'qualification'],
    record: (r) => ({ pseudonym: r.pseudonym, cohortYear: r.cohortYear, schoolId: r.schoolId, leavingDate: r.leavingDate, qualification: r.qualification }),
    create: () => ({}),
  },
};
