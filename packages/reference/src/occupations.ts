/**
 * Recognised apprenticeship occupations (anerkannte Ausbildungsberufe nach BBiG/HwO) with their
 * KldB 2010 five-digit code (Berufsgattung; the last digit 2 = skilled level "Fachkraft"), the
 * competent body that registers their contracts (zuständige Stelle), and the regular training
 * duration in months. Sources: BIBB, Verzeichnis der anerkannten Ausbildungsberufe; BA, KldB 2010
 * (see packages/reference/SOURCES.md). Only codes checked against those sources are listed; one
 * occupation per KldB code, because the code is the key other records refer to.
 */

/** Who registers an occupation's training contracts (zuständige Stelle, §§ 71–75 BBiG). */
export const COMPETENT_BODIES = ['IHK', 'HWK', 'LANDWIRTSCHAFT', 'FREIE_BERUFE', 'OEFFENTLICHER_DIENST'] as const;
export type CompetentBody = (typeof COMPETENT_BODIES)[number];

export const COMPETENT_BODY_LABEL: Readonly<Record<CompetentBody, string>> = {
  IHK: 'Industrie- und Handelskammer',
  HWK: 'Handwerkskammer',
  LANDWIRTSCHAFT: 'Landwirtschaftskammer / zuständige Stelle der Landwirtschaft',
  FREIE_BERUFE: 'Kammer der freien Berufe (Ärzte-, Zahnärzte-, Rechtsanwalts-, Steuerberaterkammer u. a.)',
  OEFFENTLICHER_DIENST: 'zuständige Stelle im öffentlichen Dienst',
};

export interface ApprenticeshipOccupation {
  /** KldB 2010, 5 digits */
  kldb: string;
  /** title as in the BIBB list */
  title: string;
  body: CompetentBody;
  /** regular training duration (Ausbildungsdauer) */
  durationMonths: number;
}

type Row = [kldb: string, title: string, body: CompetentBody, durationMonths: number];

const ROWS: Row[] = [
  ['62102', 'Kaufmann/Kauffrau im Einzelhandel', 'IHK', 36],
  ['71402', 'Kaufmann/Kauffrau für Büromanagement', 'IHK', 36],
  ['71302', 'Industriekaufmann/Industriekauffrau', 'IHK', 36],
  ['72112', 'Bankkaufmann/Bankkauffrau', 'IHK', 36],
  ['61212', 'Kaufmann/Kauffrau für Groß- und Außenhandelsmanagement', 'IHK', 36],
  ['62272', 'Automobilkaufmann/Automobilkauffrau', 'IHK', 36],
  ['51622', 'Kaufmann/Kauffrau für Spedition und Logistikdienstleistung', 'IHK', 36],
  ['63112', 'Kaufmann/Kauffrau für Tourismus und Freizeit', 'IHK', 36],
  ['62412', 'Drogist/in', 'IHK', 36],
  ['51312', 'Fachkraft für Lagerlogistik', 'IHK', 36],
  ['52122', 'Berufskraftfahrer/in', 'IHK', 36],
  ['53112', 'Fachkraft für Schutz und Sicherheit', 'IHK', 36],
  ['29302', 'Koch/Köchin', 'IHK', 36],
  ['63302', 'Fachmann/Fachfrau für Restaurants und Veranstaltungsgastronomie', 'IHK', 36],
  ['63222', 'Hotelfachmann/Hotelfachfrau', 'IHK', 36],
  ['25102', 'Industriemechaniker/in', 'IHK', 42],
  ['24232', 'Zerspanungsmechaniker/in', 'IHK', 42],
  ['25122', 'Maschinen- und Anlagenführer/in', 'IHK', 24],
  ['26112', 'Mechatroniker/in', 'IHK', 42],
  ['26252', 'Elektroniker/in für Betriebstechnik', 'IHK', 42],
  ['43412', 'Fachinformatiker/in – Anwendungsentwicklung', 'IHK', 36],
  ['25212', 'Kraftfahrzeugmechatroniker/in', 'HWK', 42],
  ['26212', 'Elektroniker/in – Energie- und Gebäudetechnik', 'HWK', 42],
  ['34212', 'Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik', 'HWK', 42],
  ['33212', 'Maler/in und Lackierer/in', 'HWK', 36],
  ['24412', 'Metallbauer/in', 'HWK', 42],
  ['32122', 'Maurer/in', 'HWK', 36],
  ['82312', 'Friseur/in', 'HWK', 36],
  ['62312', 'Fachverkäufer/in im Lebensmittelhandwerk – Bäckerei', 'HWK', 36],
  ['29222', 'Bäcker/in', 'HWK', 36],
  ['82522', 'Augenoptiker/in', 'HWK', 36],
  ['82542', 'Zahntechniker/in', 'HWK', 42],
  ['54112', 'Gebäudereiniger/in', 'HWK', 36],
];

export const APPRENTICESHIP_OCCUPATIONS: readonly ApprenticeshipOccupation[] = ROWS.map(([kldb, title, body, durationMonths]) =>
  Object.freeze({ kldb, title, body, durationMonths }),
);

export const APPRENTICESHIP_OCCUPATION_BY_KLDB: ReadonlyMap<string, ApprenticeshipOccupation> = new Map(APPRENTICESHIP_OCCUPATIONS.map((o) => [o.kldb, o]));

/** Whether `kldb` is the code of a recognised apprenticeship occupation. */
export const isApprenticeshipKldb = (kldb: string): boolean => APPRENTICESHIP_OCCUPATION_BY_KLDB.has(kldb);
