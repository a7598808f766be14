import { codeList } from '@kassel-hub/import';
import type { SchoolType } from '../entities/enums';

/** The spellings of the school type (Schulform) that the school authority's register uses. */
export const SCHOOL_TYPES = codeList<SchoolType>('school type', {
  HAUPTSCHULE: ['Hauptschule'],
  REALSCHULE: ['Realschule'],
  MITTELSTUFENSCHULE: ['Mittelstufenschule'],
  GYMNASIUM: ['Gymnasium'],
  GESAMTSCHULE: ['Gesamtschule', 'KGS', 'IGS', 'kooperative Gesamtschule', 'integrierte Gesamtschule'],
  FOERDERSCHULE: ['Förderschule'],
  BERUFSSCHULE: ['Berufsschule'],
  BERUFSFACHSCHULE: ['Berufsfachschule'],
  FOS: ['Fachoberschule'],
  BERUFLICHES_GYMNASIUM: ['berufliches Gymnasium'],
});
