import type { School, SchoolType } from '../types';

/**
 * The 65 schools of the synthetic Kassel. Names are FICTIONAL on purpose (invented field and street
 * names, never a real Kassel school), so that no generated figure can be read as a fact about a real
 * school. Types and districts are plausible, not a copy of the Schulamt's list.
 *
 * Checked in 2026 against public lists of Kassel's schools (see datagen/SOURCES.md): a name must not
 * be a real school's, nor name a real Kassel place (a Stadtteil, hill or landmark such as Lindenberg,
 * Eichwald, Messeplatz or Zeughaus), nor a plain street name that a real school could carry;
 * catalogue.test.ts keeps the list of real names it was checked against.
 *
 * Exactly 8 schools have a transition manager, as in the seed document ("Übergangsmanager/innen an
 * 8 Schulen"): Haupt-, Mittelstufen- and Gesamtschulen in the districts where risks cluster.
 * The catalogue does not depend on the seed or the scale, so every partner sees the same schools.
 */
type Row = [name: string, type: SchoolType, districtCode: string, hasTransitionManager?: true];

const ROWS: Row[] = [
  ['Hauptschule am Erlengrund', 'HAUPTSCHULE', '11', true],
  ['Hauptschule am Holunderbogen', 'HAUPTSCHULE', '01', true],
  ['Hauptschule am Ulmenplatz', 'HAUPTSCHULE', '13'],
  ['Hauptschule am Falkenbogen', 'HAUPTSCHULE', '07'],

  ['Realschule am Birkenhang', 'REALSCHULE', '02'],
  ['Realschule am Buchenhang', 'REALSCHULE', '09'],
  ['Realschule am Fliederhof', 'REALSCHULE', '19'],
  ['Realschule am Lerchenfeld', 'REALSCHULE', '15'],
  ['Realschule am Quellgrund', 'REALSCHULE', '04'],

  ['Mittelstufenschule am Quittenhain', 'MITTELSTUFENSCHULE', '11', true],
  ['Mittelstufenschule am Kastanienhof', 'MITTELSTUFENSCHULE', '20', true],
  ['Mittelstufenschule am Eschenhain', 'MITTELSTUFENSCHULE', '17', true],
  ['Mittelstufenschule am Ahornbogen', 'MITTELSTUFENSCHULE', '18'],
  ['Mittelstufenschule am Wiesenknopfgrund', 'MITTELSTUFENSCHULE', '12'],
  ['Mittelstufenschule am Hagebuttenhang', 'MITTELSTUFENSCHULE', '23'],
  ['Mittelstufenschule am Tannenbühl', 'MITTELSTUFENSCHULE', '08'],
  ['Mittelstufenschule am Sonnentauhang', 'MITTELSTUFENSCHULE', '13'],

  ['Gymnasium am Elsbeerenhang', 'GYMNASIUM', '05'],
  ['Gymnasium am Kiefernhang', 'GYMNASIUM', '03'],
  ['Gymnasium am Schlehdorn', 'GYMNASIUM', '03'],
  ['Gymnasium am Zedernhof', 'GYMNASIUM', '01'],
  ['Gymnasium am Silberbach', 'GYMNASIUM', '04'],
  ['Gymnasium am Morgenhang', 'GYMNASIUM', '08'],
  ['Gymnasium am Hainbuchenweg', 'GYMNASIUM', '09'],
  ['Gymnasium am Drosselberg', 'GYMNASIUM', '06'],
  ['Gymnasium am Bergahorn', 'GYMNASIUM', '02'],
  ['Gymnasium am Mispelgrund', 'GYMNASIUM', '19'],
  ['Gymnasium am Nussbaumhof', 'GYMNASIUM', '15'],
  ['Gymnasium am Ginsterblick', 'GYMNASIUM', '22'],

  ['Gesamtschule am Rohrkolbenweg', 'GESAMTSCHULE', '14', true],
  ['Gesamtschule am Mühlengraben', 'GESAMTSCHULE', '10', true],
  ['Gesamtschule am Weidenbach', 'GESAMTSCHULE', '16', true],
  ['Gesamtschule am Wacholderhang', 'GESAMTSCHULE', '13'],
  ['Gesamtschule am Brombeerweg', 'GESAMTSCHULE', '18'],
  ['Gesamtschule am Espenhain', 'GESAMTSCHULE', '19'],
  ['Gesamtschule am Lärchenhang', 'GESAMTSCHULE', '07'],
  ['Gesamtschule am Schilfgrasweg', 'GESAMTSCHULE', '20'],
  ['Gesamtschule am Kranichfeld', 'GESAMTSCHULE', '12'],
  ['Gesamtschule am Moorgrund', 'GESAMTSCHULE', '11'],
  ['Gesamtschule am Pappelhain', 'GESAMTSCHULE', '16'],
  ['Gesamtschule am Fuchsbau', 'GESAMTSCHULE', '09'],

  ['Förderschule am Apfelgarten', 'FOERDERSCHULE', '11'],
  ['Förderschule am Eulenweg', 'FOERDERSCHULE', '14'],
  ['Förderschule am Heckenrosenweg', 'FOERDERSCHULE', '20'],
  ['Förderschule am Kirschgarten', 'FOERDERSCHULE', '04'],
  ['Förderschule am Rabenstein', 'FOERDERSCHULE', '17'],
  ['Förderschule am Schwalbennest', 'FOERDERSCHULE', '02'],
  ['Förderschule am Libellenteich', 'FOERDERSCHULE', '19'],
  ['Förderschule am Meisenweg', 'FOERDERSCHULE', '10'],

  ['Berufliche Schulen am Werkhof', 'BERUFSSCHULE', '16'],
  ['Berufliche Schulen am Kranplatz', 'BERUFSSCHULE', '01'],
  ['Berufliche Schulen am Lokschuppen', 'BERUFSSCHULE', '10'],
  ['Berufliche Schulen am Zirkelhof', 'BERUFSSCHULE', '18'],
  ['Berufliche Schulen am Kontorhaus', 'BERUFSSCHULE', '01'],
  ['Berufliche Schulen am Gewerbepark', 'BERUFSSCHULE', '19'],

  ['Berufsfachschule am Lotsenhof', 'BERUFSFACHSCHULE', '01'],
  ['Berufsfachschule am Uferweg', 'BERUFSFACHSCHULE', '23'],
  ['Berufsfachschule am Glockenturm', 'BERUFSFACHSCHULE', '04'],
  ['Berufsfachschule am Ziegelhof', 'BERUFSFACHSCHULE', '20'],

  ['Fachoberschule am Sternwartenweg', 'FOS', '03'],
  ['Fachoberschule am Marktbogen', 'FOS', '02'],
  ['Fachoberschule am Bogenhaus', 'FOS', '16'],

  ['Berufliches Gymnasium am Turmhof', 'BERUFLICHES_GYMNASIUM', '01'],
  ['Berufliches Gymnasium am Kompassweg', 'BERUFLICHES_GYMNASIUM', '13'],
  ['Berufliches Gymnasium am Winkelhaus', 'BERUFLICHES_GYMNASIUM', '09'],
];

export const SCHOOLS: readonly School[] = ROWS.map(([name, type, districtCode, tm], i) => Object.freeze({
  id: `S${String(i + 1).padStart(3, '0')}`,
  name,
  type,
  districtCode,
  hasTransitionManager: tm === true,
}));

/** Schools whose leavers the transition managers follow, in catalogue order (two managers each). */
export const TRANSITION_MANAGER_SCHOOLS: readonly School[] = SCHOOLS.filter((s) => s.hasTransitionManager);

/** A transition manager of the city, by staff handle, and the school they work at. */
export interface TransitionManager {
  handle: string;
  schoolId: string;
}

/** Two managers per school: school n (1..8) has 'tm-(2n-1)' and 'tm-(2n)'. */
export const TRANSITION_MANAGERS: readonly TransitionManager[] = TRANSITION_MANAGER_SCHOOLS.flatMap((s, i) =>
  [2 * i + 1, 2 * i + 2].map((n) => ({ handle: `tm-${String(n).padStart(2, '0')}`, schoolId: s.id })),
);
