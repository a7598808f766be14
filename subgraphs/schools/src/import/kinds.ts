import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { leavingClassList } from './leaving-class-list.kind';
import { leavingResults } from './leaving-results.kind';
import { schoolRegister } from './school-register.kind';

/** The exports of the schools' administration software the hub imports. */
export const schoolsExportKinds: AnyExportKind[] = [schoolRegister, leavingClassList, leavingResults];

/** The same, as the import mutation's argument. */
export enum SchoolsExportKind {
  SCHOOL_REGISTER = 'school-register',
  LEAVING_CLASS_LIST = 'leaving-class-list',
  LEAVING_RESULTS = 'leaving-results',
}

registerEnumType(SchoolsExportKind, {
  name: 'SchoolsExportKind',
  description: 'An export of the school administration software (see docs/imports.md for its columns).',
  valuesConfig: {
    SCHOOL_REGISTER: { description: 'Schulverzeichnis: the schools\' register (number, name, type, district), keyed by school number; import it first.' },
    LEAVING_CLASS_LIST: { description: 'Abgangsklassenliste: pupils expected to leave, with the expected leaving date.' },
    LEAVING_RESULTS: { description: 'Abgangsergebnisse: actual leaving date and qualification obtained.' },
  },
});
