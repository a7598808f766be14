import { codeList } from '@kassel-hub/import';
import type { ApplicantOutcome } from '../entities/enums';

/** The spellings of the applicant's status on 30 September in the BA's applicant extracts. */
export const APPLICANT_OUTCOMES = codeList<ApplicantOutcome>('status on 30 September', {
  PLACED: ['einmündend', 'eingemündet', 'einmündender Bewerber', 'Ausbildung aufgenommen'],
  // The BA counts these two apart: only those still searching belong to the (extended) demand.
  ALTERNATIVE_SEARCHING: ['mit Alternative weiter suchend', 'Bewerber mit Alternative zum 30.09.', 'Bewerber mit Alternative', 'mit Alternative'],
  OTHER_FORMER: ['andere ehemalige Bewerber', 'andere ehemalige Bewerberin', 'ehemalige Bewerber', 'Suche aufgegeben'],
  UNPLACED: ['unversorgt', 'unversorgter Bewerber'],
  UNKNOWN: ['Verbleib unbekannt', 'unbekannt'],
});
