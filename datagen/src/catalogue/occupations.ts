import { APPRENTICESHIP_OCCUPATION_BY_KLDB } from '@kassel-hub/reference';
import type { Chamber, Occupation } from '../types';

/**
 * The occupations the generator trains people in: a weighted subset of the recognised
 * apprenticeship occupations (@kassel-hub/reference) that the chambers in Kassel register. Only
 * occupations whose competent body is the IHK or the Handwerkskammer are drawn: occupations
 * registered by other bodies would not appear in the chambers' register of training contracts.
 *
 * femaleShare and the profile figures below are rounded approximations of the national pattern
 * (BIBB data report), chosen to make gender segregation and early terminations visible; they are
 * not Kassel statistics.
 */
type Row = [kldb: string, femaleShare: number];

const ROWS: Row[] = [
  // IHK Kassel-Marburg: trade, commerce, industry, hospitality, logistics, IT
  ['62102', 0.5], // Kaufmann/Kauffrau im Einzelhandel
  ['71402', 0.75], // Kaufmann/Kauffrau für Büromanagement
  ['71302', 0.6], // Industriekaufmann/Industriekauffrau
  ['72112', 0.5], // Bankkaufmann/Bankkauffrau
  ['61212', 0.4], // Kaufmann/Kauffrau für Groß- und Außenhandelsmanagement
  ['62272', 0.3], // Automobilkaufmann/Automobilkauffrau
  ['51622', 0.45], // Kaufmann/Kauffrau für Spedition und Logistikdienstleistung
  ['63112', 0.8], // Kaufmann/Kauffrau für Tourismus und Freizeit
  ['62412', 0.85], // Drogist/in
  ['51312', 0.12], // Fachkraft für Lagerlogistik
  ['52122', 0.04], // Berufskraftfahrer/in
  ['53112', 0.18], // Fachkraft für Schutz und Sicherheit
  ['29302', 0.25], // Koch/Köchin
  ['63302', 0.55], // Fachmann/Fachfrau für Restaurants und Veranstaltungsgastronomie
  ['63222', 0.68], // Hotelfachmann/Hotelfachfrau
  ['25102', 0.06], // Industriemechaniker/in
  ['24232', 0.06], // Zerspanungsmechaniker/in
  ['25122', 0.1], // Maschinen- und Anlagenführer/in
  ['26112', 0.06], // Mechatroniker/in
  ['26252', 0.05], // Elektroniker/in für Betriebstechnik
  ['43412', 0.1], // Fachinformatiker/in – Anwendungsentwicklung
  // Handwerkskammer Kassel: crafts
  ['25212', 0.05], // Kraftfahrzeugmechatroniker/in
  ['26212', 0.03], // Elektroniker/in – Energie- und Gebäudetechnik
  ['34212', 0.02], // Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik
  ['33212', 0.15], // Maler/in und Lackierer/in
  ['24412', 0.03], // Metallbauer/in
  ['32122', 0.02], // Maurer/in
  ['82312', 0.85], // Friseur/in
  ['62312', 0.85], // Fachverkäufer/in im Lebensmittelhandwerk – Bäckerei
  ['29222', 0.25], // Bäcker/in
  ['82522', 0.7], // Augenoptiker/in
  ['82542', 0.6], // Zahntechniker/in
  ['54112', 0.15], // Gebäudereiniger/in
];

export const OCCUPATIONS: readonly Occupation[] = ROWS.map(([kldb, femaleShare]) => {
  const reference = APPRENTICESHIP_OCCUPATION_BY_KLDB.get(kldb);
  if (!reference || (reference.body !== 'IHK' && reference.body !== 'HWK')) throw new Error(`${kldb} is no IHK or HWK occupation of the reference list`);
  return Object.freeze({ kldb, title: reference.title, chamber: reference.body as Chamber, femaleShare, durationMonths: reference.durationMonths });
});

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
