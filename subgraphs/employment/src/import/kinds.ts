import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { applicants } from './applicants.kind';
import { vacancies } from './vacancies.kind';

/** The employment agency's extracts the hub imports. */
export const employmentExportKinds: AnyExportKind[] = [applicants, vacancies];

/** The same, as the import mutation's argument. */
export enum EmploymentExportKind {
  APPLICANTS = 'applicants',
  VACANCIES = 'vacancies',
}

registerEnumType(EmploymentExportKind, {
  name: 'EmploymentExportKind',
  description: 'An extract of the employment agency\'s systems (see docs/imports.md for its columns).',
  valuesConfig: {
    APPLICANTS: { description: 'Bewerber mit Verbleib zum 30.09.: applicants for apprenticeships and their status on 30 September.' },
    VACANCIES: { description: 'Gemeldete Berufsausbildungsstellen: places reported by companies, per company, occupation and year.' },
  },
});
