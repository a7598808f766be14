import type { Occupation } from '../types';

/**
 * Recognised apprenticeship occupations (BBiG/HwO) that the chambers in Kassel register, with their
 * KldB 2010 five-digit code (Berufsgattung; the last digit 2 = skilled level "Fachkraft").
 *
 * Only occupations whose competent body is the IHK or the Handwerkskammer are listed: occupations
 * registered by other bodies (Medizinische/r Fachangestellte/r: Ärztekammer; Verwaltungsfachangestellte/r:
 * public administration; Steuer-/Rechtsanwaltsfachangestellte: their professional chambers) would not
 * appear in the chambers' register of training contracts, so they are left out on purpose.
 * One occupation per KldB code, because the code is the key other slices refer to.
 *
 * femaleShare and the profile figures below are rounded approximations of the national pattern
 * (BIBB data report), chosen to make gender segregation and early terminations visible; they are
 * not Kassel statistics.
 */
type Row = [kldb: string, title: string, chamber: 'IHK' | 'HWK', femaleShare: number, durationMonths: number];

const ROWS: Row[] = [
  // IHK Kassel-Marburg: trade, commerce, industry, hospitality, logistics, IT
  ['62102', 'Kaufmann/Kauffrau im Einzelhandel', 'IHK', 0.5, 36],
  ['71402', 'Kaufmann/Kauffrau für Büromanagement', 'IHK', 0.75, 36],
  ['71302', 'Industriekaufmann/Industriekauffrau', 'IHK', 0.6, 36],
  ['72112', 'Bankkaufmann/Bankkauffrau', 'IHK', 0.5, 36],
  ['61212', 'Kaufmann/Kauffrau für Groß- und Außenhandelsmanagement', 'IHK', 0.4, 36],
  ['62272', 'Automobilkaufmann/Automobilkauffrau', 'IHK', 0.3, 36],
  ['51622', 'Kaufmann/Kauffrau für Spedition und Logistikdienstleistung', 'IHK', 0.45, 36],
  ['63112', 'Kaufmann/Kauffrau für Tourismus und Freizeit', 'IHK', 0.8, 36],
  ['62412', 'Drogist/in', 'IHK', 0.85, 36],
  ['51312', 'Fachkraft für Lagerlogistik', 'IHK', 0.12, 36],
  ['52122', 'Berufskraftfahrer/in', 'IHK', 0.04, 36],
  ['53112', 'Fachkraft für Schutz und Sicherheit', 'IHK', 0.18, 36],
  ['29302', 'Koch/Köchin', 'IHK', 0.25, 36],
  ['63302', 'Fachmann/Fachfrau für Restaurants und Veranstaltungsgastronomie', 'IHK', 0.55, 36],
  ['63222', 'Hotelfachmann/Hotelfachfrau', 'IHK', 0.68, 36],
  ['25102', 'Industriemechaniker/in', 'IHK', 0.06, 42],
  ['24232', 'Zerspanungsmechaniker/in', 'IHK', 0.06, 42],
  ['25122', 'Maschinen- und Anlagenführer/in', 'IHK', 0.1, 24],
  ['26112', 'Mechatroniker/in', 'IHK', 0.06, 42],
  ['26252', 'Elektroniker/in für Betriebstechnik', 'IHK', 0.05, 42],
  ['43412', 'Fachinformatiker/in – Anwendungsentwicklung', 'IHK', 0.1, 36],
  // Handwerkskammer Kassel: crafts
  ['25212', 'Kraftfahrzeugmechatroniker/in', 'HWK', 0.05, 42],
  ['26212', 'Elektroniker/in – Energie- und Gebäudetechnik', 'HWK', 0.03, 42],
  ['34212', 'Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik', 'HWK', 0.02, 42],
  ['33212', 'Maler/in und Lackierer/in', 'HWK', 0.15, 36],
  ['24412', 'Metallbauer/in', 'HWK', 0.03, 42],
  ['32122', 'Maurer/in', 'HWK', 0.02, 36],
  ['82312', 'Friseur/in', 'HWK', 0.85, 36],
  ['62312', 'Fachverkäufer/in im Lebensmittelhandwerk – Bäckerei', 'HWK', 0.85, 36],
  ['29222', 'Bäcker/in', 'HWK', 0.25, 36],
  ['82522', 'Augenoptiker/in', 'HWK', 0.7, 36],
  ['82542', 'Zahntechniker/in', 'HWK', 0.6, 42],
  ['54112', 'Gebäudereiniger/in', 'HWK', 0.15, 36],
];

export const OCCUPATIONS: readonly Occupation[] = ROWS.map(([kldb, title, chamber, femaleShare, durationMonths]) => Object.freeze({
  kldb,
  title,
  chamber,
  femaleShare,
  durationMonths,
}));

export const OCCUPATION_BY_KLDB: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.kldb, o]));

/**
 * How the generator uses an occupation; kept apart from `Occupation` because no partner holds it.
 * - demand: relative number of new contracts (Einzelhandel = 100)
 * - level: the school qualification most entrants have (1 Hauptschule, 2 mittlerer Abschluss, 3 (Fach-)Abitur)
 * - termination: share of contracts ended early over the whole training period
 */
export interface OccupationProfile {
  demand: number;
  level: 1 | 2 | 3;
  termination: number;
}

export const OCCUPATION_PROFILES: Readonly<Record<string, OccupationProfile>> = {
  '62102': { demand: 100, level: 2, termination: 0.3 },
  '71402': { demand: 85, level: 2, termination: 0.22 },
  '71302': { demand: 45, level: 3, termination: 0.1 },
  '72112': { demand: 28, level: 3, termination: 0.08 },
  '61212': { demand: 38, level: 2, termination: 0.18 },
  '62272': { demand: 12, level: 2, termination: 0.18 },
  '51622': { demand: 15, level: 2, termination: 0.2 },
  '63112': { demand: 8, level: 2, termination: 0.22 },
  '62412': { demand: 10, level: 2, termination: 0.25 },
  '51312': { demand: 35, level: 1, termination: 0.28 },
  '52122': { demand: 8, level: 1, termination: 0.4 },
  '53112': { demand: 6, level: 1, termination: 0.5 },
  '29302': { demand: 25, level: 1, termination: 0.48 },
  '63302': { demand: 12, level: 1, termination: 0.5 },
  '63222': { demand: 18, level: 2, termination: 0.38 },
  '25102': { demand: 40, level: 2, termination: 0.12 },
  '24232': { demand: 15, level: 2, termination: 0.18 },
  '25122': { demand: 12, level: 1, termination: 0.25 },
  '26112': { demand: 22, level: 2, termination: 0.12 },
  '26252': { demand: 20, level: 2, termination: 0.12 },
  '43412': { demand: 25, level: 3, termination: 0.18 },
  '25212': { demand: 65, level: 2, termination: 0.25 },
  '26212': { demand: 40, level: 2, termination: 0.28 },
  '34212': { demand: 38, level: 2, termination: 0.3 },
  '33212': { demand: 25, level: 1, termination: 0.4 },
  '24412': { demand: 18, level: 1, termination: 0.3 },
  '32122': { demand: 12, level: 1, termination: 0.38 },
  '82312': { demand: 30, level: 1, termination: 0.5 },
  '62312': { demand: 25, level: 1, termination: 0.45 },
  '29222': { demand: 10, level: 1, termination: 0.42 },
  '82522': { demand: 8, level: 2, termination: 0.22 },
  '82542': { demand: 5, level: 2, termination: 0.25 },
  '54112': { demand: 5, level: 1, termination: 0.48 },
};
