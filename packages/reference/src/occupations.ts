/**
 * Recognised apprenticeship occupations (anerkannte Ausbildungsberufe nach BBiG/HwO) with their
 * KldB 2010 five-digit code (Berufsgattung; the last digit 2 = skilled level "Fachkraft"), the
 * competent body that registers their contracts (zuständige Stelle), and the regular training
 * duration in months (Ausbildungsordnung). Sources: BIBB, Verzeichnis der anerkannten
 * Ausbildungsberufe; BA, Systematisches Verzeichnis der KldB 2010 (see packages/reference/SOURCES.md).
 *
 * Not all of the about 320 recognised occupations: only those whose KldB code was checked against
 * the systematic list, whose code names them without doubt, and whose competent body is one (an
 * occupation registered by both IHK and HWK, such as most building trades, is listed under the body
 * that registers most of its contracts, or left out). One occupation per KldB code, because the code
 * is the key other records refer to; where several occupations share a Berufsgattung (Verkäufer/in
 * and Kaufmann/Kauffrau im Einzelhandel: 62102) the one with most contracts stands for it.
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
  // Commerce, industry, hospitality, logistics, IT (IHK) and crafts (HWK): the occupations the generator draws
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
  // Commerce, services and media (IHK)
  ['72132', 'Kaufmann/Kauffrau für Versicherungen und Finanzanlagen', 'IHK', 36],
  ['61312', 'Immobilienkaufmann/Immobilienkauffrau', 'IHK', 36],
  ['92112', 'Kaufmann/Kauffrau für Marketingkommunikation', 'IHK', 36],
  ['92122', 'Kaufmann/Kauffrau für Dialogmarketing', 'IHK', 36],
  ['63212', 'Kaufmann/Kauffrau für Hotelmanagement', 'IHK', 36],
  ['63312', 'Fachmann/Fachfrau für Systemgastronomie', 'IHK', 36],
  ['63402', 'Veranstaltungskaufmann/Veranstaltungskauffrau', 'IHK', 36],
  ['63122', 'Sport- und Fitnesskaufmann/Sport- und Fitnesskauffrau', 'IHK', 36],
  ['51662', 'Kaufmann/Kauffrau für Kurier-, Express- und Postdienstleistungen', 'IHK', 36],
  ['51322', 'Fachkraft für Kurier-, Express- und Postdienstleistungen', 'IHK', 24],
  ['52132', 'Fachkraft im Fahrbetrieb', 'IHK', 36],
  ['52202', 'Eisenbahner/in im Betriebsdienst', 'IHK', 36],
  ['62512', 'Buchhändler/in', 'IHK', 36],
  ['93222', 'Gestalter/in für visuelles Marketing', 'IHK', 36],
  ['23212', 'Mediengestalter/in Digital und Print', 'IHK', 36],
  ['94532', 'Mediengestalter/in Bild und Ton', 'IHK', 36],
  ['94512', 'Fachkraft für Veranstaltungstechnik', 'IHK', 36],
  ['23412', 'Medientechnologe/Medientechnologin Druck', 'IHK', 36],
  ['12202', 'Florist/in', 'IHK', 36],
  // Industry, laboratories, electrical and IT (IHK)
  ['24522', 'Werkzeugmechaniker/in', 'IHK', 42],
  ['26122', 'Elektroniker/in für Automatisierungstechnik', 'IHK', 42],
  ['26312', 'IT-System-Elektroniker/in', 'IHK', 36],
  ['22102', 'Verfahrensmechaniker/in für Kunststoff- und Kautschuktechnik', 'IHK', 36],
  ['41322', 'Chemielaborant/in', 'IHK', 42],
  ['41312', 'Chemikant/in', 'IHK', 42],
  ['41212', 'Biologielaborant/in', 'IHK', 42],
  ['41412', 'Physiklaborant/in', 'IHK', 42],
  // Crafts (HWK)
  ['22342', 'Tischler/in', 'HWK', 36],
  ['33322', 'Zimmerer/Zimmerin', 'HWK', 36],
  ['32142', 'Dachdecker/in', 'HWK', 36],
  ['33112', 'Fliesen-, Platten- und Mosaikleger/in', 'HWK', 36],
  ['33222', 'Stuckateur/in', 'HWK', 36],
  ['33342', 'Glaser/in', 'HWK', 36],
  ['33352', 'Rollladen- und Sonnenschutzmechatroniker/in', 'HWK', 36],
  ['33132', 'Parkettleger/in', 'HWK', 36],
  ['33102', 'Bodenleger/in', 'HWK', 36],
  ['42212', 'Schornsteinfeger/in', 'HWK', 36],
  ['21232', 'Steinmetz/in und Steinbildhauer/in', 'HWK', 36],
  ['93232', 'Raumausstatter/in', 'HWK', 36],
  ['22212', 'Fahrzeuglackierer/in', 'HWK', 36],
  ['24512', 'Feinwerkmechaniker/in', 'HWK', 42],
  ['25222', 'Land- und Baumaschinenmechatroniker/in', 'HWK', 42],
  ['25252', 'Zweiradmechatroniker/in', 'HWK', 42],
  ['29232', 'Fleischer/in', 'HWK', 36],
  ['62322', 'Fachverkäufer/in im Lebensmittelhandwerk – Fleischerei', 'HWK', 36],
  ['82322', 'Kosmetiker/in', 'HWK', 36],
  ['82532', 'Hörakustiker/in', 'HWK', 36],
  ['24532', 'Uhrmacher/in', 'HWK', 36],
  ['93522', 'Goldschmied/in', 'HWK', 42],
  ['23322', 'Fotograf/in', 'HWK', 36],
  ['28222', 'Maßschneider/in', 'HWK', 36],
  ['28332', 'Schuhmacher/in', 'HWK', 36],
  ['54132', 'Textilreiniger/in', 'HWK', 36],
  ['82402', 'Bestattungsfachkraft', 'HWK', 36],
  // Agriculture (zuständige Stelle der Landwirtschaft)
  ['11102', 'Landwirt/in', 'LANDWIRTSCHAFT', 36],
  ['11212', 'Tierwirt/in', 'LANDWIRTSCHAFT', 36],
  ['11302', 'Pferdewirt/in', 'LANDWIRTSCHAFT', 36],
  ['11602', 'Winzer/in', 'LANDWIRTSCHAFT', 36],
  ['11712', 'Forstwirt/in', 'LANDWIRTSCHAFT', 36],
  // Liberal professions (their own professional bodies)
  ['81102', 'Medizinische/r Fachangestellte/r', 'FREIE_BERUFE', 36],
  ['81112', 'Zahnmedizinische/r Fachangestellte/r', 'FREIE_BERUFE', 36],
  ['81142', 'Tiermedizinische/r Fachangestellte/r', 'FREIE_BERUFE', 36],
  ['73112', 'Rechtsanwaltsfachangestellte/r', 'FREIE_BERUFE', 36],
  ['72302', 'Steuerfachangestellte/r', 'FREIE_BERUFE', 36],
  // Public service
  ['73202', 'Verwaltungsfachangestellte/r', 'OEFFENTLICHER_DIENST', 36],
  ['73212', 'Sozialversicherungsfachangestellte/r', 'OEFFENTLICHER_DIENST', 36],
  ['73252', 'Justizfachangestellte/r', 'OEFFENTLICHER_DIENST', 36],
];

export const APPRENTICESHIP_OCCUPATIONS: readonly ApprenticeshipOccupation[] = ROWS.map(([kldb, title, body, durationMonths]) =>
  Object.freeze({ kldb, title, body, durationMonths }),
);

export const APPRENTICESHIP_OCCUPATION_BY_KLDB: ReadonlyMap<string, ApprenticeshipOccupation> = new Map(APPRENTICESHIP_OCCUPATIONS.map((o) => [o.kldb, o]));

/** Whether `kldb` is the code of a recognised apprenticeship occupation. */
export const isApprenticeshipKldb = (kldb: string): boolean => APPRENTICESHIP_OCCUPATION_BY_KLDB.has(kldb);
