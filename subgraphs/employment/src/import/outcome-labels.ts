import { codeList } from '@kassel-hub/kit';
import type { ApplicantOutcome } from '../entities/enums';

/** The spellings of the applicant's status on 30 September in the BA's applicant extracts. */
export const APPLICANT_OUTCOMES = codeList<ApplicantOutcome>('status on 30 September', {
  PLACED: ['einmündend', 'eingemündet', 'einmündender Bewerber', 'Ausbildung aufgenommen'],
  ALTERNATIVE: ['mit Alternative', 'Alternative', 'andere ehemalige Bewerber', 'Bewerber mit Alternative'],
  UNPLACED: ['unversorgt', 'unversorgter Bewerber'],
  UNKNOWN: ['Verbleib unbekannt', 'unbekannt'],
});
