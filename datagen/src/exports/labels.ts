import type { ApplicantOutcome, CaseOutcome, Chamber, SchoolType, TerminationReason } from '../types';

/*
 * The German wording the sample exports use for coded values, one label per code, as the
 * partners' source systems print them. The importers accept these and more spellings (see each
 * partner's import folder); the samples prove that these ones work.
 */

export const APPLICANT_OUTCOME_LABEL: Record<ApplicantOutcome, string> = {
  PLACED: 'einmündend',
  ALTERNATIVE_SEARCHING: 'mit Alternative weiter suchend',
  OTHER_FORMER: 'andere ehemalige Bewerber',
  UNPLACED: 'unversorgt',
  UNKNOWN: 'Verbleib unbekannt',
};

export const TERMINATION_REASON_LABEL: Record<TerminationReason, string> = {
  BY_TRAINEE: 'Kündigung durch Auszubildende/n',
  BY_EMPLOYER: 'Kündigung durch Ausbildungsbetrieb',
  MUTUAL: 'Aufhebungsvertrag',
  OTHER: 'sonstiger Grund',
};

export const CASE_OUTCOME_LABEL: Record<CaseOutcome, string> = {
  APPRENTICESHIP: 'Ausbildung',
  TRANSITION_SYSTEM: 'Übergangsbereich',
  FURTHER_SCHOOL: 'weiterführende Schule',
  DROPPED_OUT: 'Kontakt abgebrochen',
  MOVED_AWAY: 'verzogen',
  OTHER: 'sonstiges',
};

export const CHAMBER_LABEL: Record<Chamber, string> = {
  IHK: 'IHK Kassel-Marburg',
  HWK: 'Handwerkskammer Kassel',
};

export const SCHOOL_TYPE_LABEL: Record<SchoolType, string> = {
  HAUPTSCHULE: 'Hauptschule',
  REALSCHULE: 'Realschule',
  MITTELSTUFENSCHULE: 'Mittelstufenschule',
  GYMNASIUM: 'Gymnasium',
  GESAMTSCHULE: 'Gesamtschule',
  FOERDERSCHULE: 'Förderschule',
  BERUFSSCHULE: 'Berufsschule',
  BERUFSFACHSCHULE: 'Berufsfachschule',
  FOS: 'Fachoberschule',
  BERUFLICHES_GYMNASIUM: 'berufliches Gymnasium',
};
