import { codeList } from '@kassel-hub/import';
import type { Qualification } from '../entities/enums';

/** The spellings of the school-leaving qualification that school administration exports use. */
export const QUALIFICATIONS = codeList<Qualification>('school-leaving qualification', {
  NONE: ['ohne Abschluss', 'kein Abschluss', 'Abgangszeugnis'],
  FOERDER: ['Förderschulabschluss', 'Abschluss der Förderschule'],
  HAUPT: ['Hauptschulabschluss'],
  HAUPT_QUALI: ['qualifizierender Hauptschulabschluss', 'qualifizierter Hauptschulabschluss'],
  HAUPT_ERWEITERT: ['erweiterter Hauptschulabschluss', 'Hauptschulabschluss nach Klasse 10', 'erweiterter HSA'],
  REAL: ['Realschulabschluss', 'mittlerer Abschluss', 'mittlerer Schulabschluss'],
  REAL_QUALI: ['qualifizierender Realschulabschluss', 'qualifizierter Realschulabschluss'],
  FHR: ['Fachhochschulreife'],
  ABITUR: ['Abitur', 'allgemeine Hochschulreife'],
});
