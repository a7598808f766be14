import { apprenticeshipKldbCell, dateCell, newRecordId, pseudonymCell, textCell, yearCell, type ExportKind } from '@kassel-hub/import';
import { Applicant } from '../entities/applicant.entity';
import type { ApplicantOutcome } from '../entities/enums';
import { APPLICANT_OUTCOMES } from './outcome-labels';
import { checkInReportYear, checkTitle } from './report-year';

interface ApplicantRow {
  pseudonym: string;
  reportYear: number;
  registeredOn: string;
  targetKldb: string;
  targetTitle: string | null;
  outcome: ApplicantOutcome;
}

/**
 * Applicants for apprenticeship places with their status on 30 September (Bewerber mit Verbleib),
 * from the employment agency's applicant statistics extract. Keyed by pseudonym and reporting
 * year; a later extract updates the status and the target occupation.
 */
export const applicants: ExportKind<ApplicantRow> = {
  name: 'applicants',
  title: 'Bewerber mit Verbleib zum 30.09.',
  description: 'Applicants for an apprenticeship place with their status on 30 September, from the BA applicant statistics extract.',
  columns: [
    { header: 'Pseudonym', field: 'pseudonym', presence: 'required', parse: pseudonymCell, doc: 'The applicant\'s pseudonym.' },
    { header: 'Berichtsjahr', field: 'reportYear', presence: 'required', parse: yearCell, doc: 'Reporting year, ending on 30 September of that year.' },
    { header: 'Meldedatum', aliases: ['gemeldet am'], field: 'registeredOn', presence: 'required', parse: dateCell, doc: 'Registration as applicant, TT.MM.JJJJ, within the reporting year (1 October to 30 September) and not in the future.' },
    { header: 'KldB Zielberuf', aliases: ['Zielberuf KldB'], field: 'targetKldb', presence: 'required', parse: apprenticeshipKldbCell, doc: 'Occupation sought: KldB 2010 code, 5 digits, of a recognised apprenticeship occupation.' },
    { header: 'Zielberuf', field: 'targetTitle', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation sought; only checked against the KldB code (not stored).' },
    { header: 'Verbleib zum 30.09.', aliases: ['Verbleib', 'Status zum 30.09.'], field: 'outcome', presence: 'required', parse: (raw) => APPLICANT_OUTCOMES.parse(raw), doc: `Status on 30 September: ${APPLICANT_OUTCOMES.doc}. \`ALTERNATIVE_SEARCHING\`: in an alternative and still searching; \`OTHER_FORMER\`: gave up the search.` },
  ],
  key: ['pseudonym', 'reportYear'],
  checkRow(row, fail, ctx) {
    checkInReportYear(row.registeredOn, row.reportYear, 'registeredOn', fail, ctx);
    checkTitle(row.targetKldb, row.targetTitle, 'targetTitle', fail);
  },
  target: {
    entity: Applicant,
    managed: ['registeredOn', 'targetKldb', 'outcome'],
    record: (r) => ({ pseudonym: r.pseudonym, reportYear: r.reportYear, registeredOn: r.registeredOn, targetKldb: r.targetKldb, outcome: r.outcome }),
    create: () => ({ id: newRecordId('A') }),
  },
};
