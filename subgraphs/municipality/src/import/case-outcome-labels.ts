import { codeList } from '@kassel-hub/import';
import type { CaseOutcome } from '../entities/enums';

/** The spellings of a case's outcome in the transition managers' case system. */
export const CASE_OUTCOMES = codeList<CaseOutcome>('case outcome', {
  APPRENTICESHIP: ['Ausbildung', 'Berufsausbildung', 'duale Ausbildung'],
  TRANSITION_SYSTEM: ['Übergangsbereich', 'Übergangssystem'],
  FURTHER_SCHOOL: ['weiterführende Schule', 'weiterer Schulbesuch'],
  DROPPED_OUT: ['Kontakt abgebrochen', 'Abbruch', 'abgebrochen'],
  MOVED_AWAY: ['verzogen', 'weggezogen'],
  OTHER: ['sonstiges', 'sonstige'],
});
