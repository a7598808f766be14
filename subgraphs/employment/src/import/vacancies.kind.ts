import { apprenticeshipKldbCell, dateCell, identifierCell, integerCell, newRecordId, textCell, yearCell, type ExportKind } from '@kassel-hub/import';
import { Vacancy } from '../entities/vacancy.entity';
import { checkInReportYear, checkTitle } from './report-year';

interface VacancyRow {
  companyId: string;
  companyName: string | null;
  occupationKldb: string;
  occupationTitle: string | null;
  reportYear: number;
  reportedOn: string;
  places: number;
  filled: number;
}

/**
 * Apprenticeship places companies reported to the employment agency (gemeldete
 * Berufsausbildungsstellen), one row per company, occupation and reporting year, which is the key.
 */
export const vacancies: ExportKind<VacancyRow> = {
  name: 'vacancies',
  title: 'Gemeldete Berufsausbildungsstellen',
  description: 'Apprenticeship places companies reported, one row per company, occupation and reporting year.',
  columns: [
    { header: 'Betriebsnummer', field: 'companyId', presence: 'required', parse: identifierCell('company number'), doc: 'The company\'s number in the chambers\' register (3–40 letters, digits, `-`, `_`, `/`).' },
    { header: 'Betrieb', aliases: ['Betriebsname'], field: 'companyName', presence: 'optional', parse: textCell(200), doc: 'Name of the company; for the reader only (not checked, not stored: the employment agency does not keep the register).' },
    { header: 'KldB', aliases: ['KldB Beruf'], field: 'occupationKldb', presence: 'required', parse: apprenticeshipKldbCell, doc: 'Occupation of the places: KldB 2010 code of a recognised apprenticeship occupation.' },
    { header: 'Beruf', aliases: ['Ausbildungsberuf'], field: 'occupationTitle', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation; only checked against the KldB code (not stored).' },
    { header: 'Berichtsjahr', field: 'reportYear', presence: 'required', parse: yearCell, doc: 'Reporting year, ending on 30 September of that year.' },
    { header: 'Meldedatum', aliases: ['gemeldet am'], field: 'reportedOn', presence: 'required', parse: dateCell, doc: 'Date the company reported the places, TT.MM.JJJJ, within the reporting year and not in the future.' },
    { header: 'Gemeldete Stellen', aliases: ['Stellen'], field: 'places', presence: 'required', parse: integerCell(1, 999), doc: 'Places reported, 1–999.' },
    { header: 'Besetzte Stellen', aliases: ['davon besetzt'], field: 'filled', presence: 'required', parse: integerCell(0, 999), doc: 'Places filled by 30 September, 0 up to the places reported.' },
  ],
  key: ['companyId', 'occupationKldb', 'reportYear'],
  checkRow(row, fail, ctx) {
    checkInReportYear(row.reportedOn, row.reportYear, 'reportedOn', fail, ctx);
    checkTitle(row.occupationKldb, row.occupationTitle, 'occupationTitle', fail);
    if (row.filled > row.places) fail('filled', 'FILLED_EXCEEDS_PLACES', `more places filled than the ${row.places} reported`);
  },
  target: {
    entity: Vacancy,
    managed: ['reportedOn', 'places', 'filled'],
    record: (r) => ({ companyId: r.companyId, occupationKldb: r.occupationKldb, reportYear: r.reportYear, reportedOn: r.reportedOn, places: r.places, filled: r.filled }),
    create: () => ({ id: newRecordId('V') }),
  },
};
