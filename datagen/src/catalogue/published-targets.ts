/**
 * The published figures the generator is tuned to, as ranges the generated cohorts must fall into
 * (checked by published-targets.test.ts). Each names its source and year; where no figure could be
 * found, the range is an ASSUMPTION and says so. Details and the reasoning: datagen/SOURCES.md.
 *
 * Shares are of all young people of the leaving cohorts (the generator's `youth`), destination at
 * the end of the leaving year; APPRENTICESHIP means a dual contract (BBiG/HwO) only.
 */
export interface TargetRange {
  min: number;
  max: number;
  source: string;
}

export const DESTINATION_TARGETS = {
  /**
   * BIBB, iABE-Schnellmeldung 2024 (bibb.de/de/11562.php): 36.1 % of all entrants began a fully
   * qualifying training (sector I), 65.1 % of those a dual one, i.e. ≈ 23.5 % of entrants; the
   * direct transition of school leavers in comparable cities is reported at about 20–35 %.
   */
  APPRENTICESHIP: { min: 0.2, max: 0.35, source: 'BIBB iABE-Schnellmeldung 2024 (sector I × dual share); comparable cities 20–35 %' },
  /**
   * BIBB iABE-Schnellmeldung 2024: 13.6 % of entrants in the Übergangsbereich (Germany). ASSUMPTION:
   * Kassel's leavers enter it more often (higher SGB II and non-German shares), up to a quarter.
   */
  TRANSITION_SYSTEM: { min: 0.13, max: 0.25, source: 'BIBB iABE-Schnellmeldung 2024: 13.6 % (Germany); assumption: up to 25 % in Kassel' },
  /**
   * ASSUMPTION (no published Kassel figure found): sector III (Erwerb der HZB) plus school-based
   * vocational training, which the schools record as further school: about a quarter to a third.
   * HSL: over half of the Sek I leavers with a Realschulabschluss go straight on to a course leading
   * to the Hochschulreife (statistikhessen-blog.de, "Übergänge von der allgemeinbildenden Schule in
   * das Berufsausbildungssystem in Hessen").
   */
  FURTHER_SCHOOL: { min: 0.2, max: 0.35, source: 'HSL iABE Hessen (Realschulabschluss: over half into HZB courses); assumption for the total' },
  /**
   * ASSUMPTION from the qualification mix: about 30 % of leavers hold a (Fach-)Hochschulreife, of whom
   * about half study within half a year (DZHW Studienberechtigtenbefragung) → roughly 10–20 %.
   */
  UNIVERSITY: { min: 0.1, max: 0.2, source: 'assumption: share with HZB × DZHW half-year study rate' },
} as const satisfies Record<string, TargetRange>;

/**
 * Applicants for an apprenticeship registered with the BA ÷ reported apprenticeship places, Stadt
 * Kassel, reporting year 2024/25: 1,289 Bewerberinnen und Bewerber ÷ 1,416 gemeldete betriebliche
 * Ausbildungsstellen (Agentur für Arbeit Kassel, Presseinfo 89/2025, "Ausbildung 2025: Zahlen,
 * Trends und Perspektiven in Nordhessen"). ±0.08 allows for one year's random variation at scale 1.
 */
export const BA_KASSEL_2025 = { applicants: 1_289, places: 1_416 } as const;
export const APPLICANTS_PER_PLACE: TargetRange = {
  min: BA_KASSEL_2025.applicants / BA_KASSEL_2025.places - 0.08,
  max: BA_KASSEL_2025.applicants / BA_KASSEL_2025.places + 0.08,
  source: 'Agentur für Arbeit Kassel, Presseinfo 89/2025: 1,289 applicants ÷ 1,416 places (Stadt Kassel, 2024/25)',
};

/**
 * Holders of the allgemeine Hochschulreife mostly go to university (BIBB Datenreport; DZHW: about
 * half study half a year after school, most of the others take a gap year, voluntary service or a
 * job; only a minority starts a dual apprenticeship).
 */
export const ABITUR_UNIVERSITY_MIN = 0.45;
export const ABITUR_APPRENTICESHIP_MAX = 0.25;

/**
 * Leavers with at most a Hauptschulabschluss enter the transition system far more often than those
 * with a mittlerer Abschluss (BIBB Datenreport, iABE by schooling; HSL). ASSUMPTION for the size of
 * the gap: at least twice as often.
 */
export const TRANSITION_SYSTEM_LOW_VS_MIDDLE_MIN = 2;
