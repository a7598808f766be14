import { DISTRICT_NAME_BY_CODE } from '@kassel-hub/reference';
import type { District } from '../types';

/**
 * Kassel's 23 Stadtteile (codes and names from @kassel-hub/reference) with the generator's figures.
 *
 * The figures are SYNTHETIC APPROXIMATIONS, not official statistics: population and under-25 counts
 * are scaled so that they add up to the city totals of the seed document (~196,500 inhabitants,
 * ~49,500 under 25), and the social indicators are invented to reproduce the pattern the seed names
 * ("starke Kumulation von sozialen Risiken in einzelnen Stadtteilen"): high in Nord-Holland, Wesertor,
 * Rothenditmold, Oberzwehren, Bettenhausen, Forstfeld and Mitte; low in Brasselsberg,
 * Bad Wilhelmshöhe, Harleshausen and Nordshausen. Never quote them as facts about a district.
 */
type Row = [code: string, population: number, under25: number, unemploymentRate: number, sgb2Rate: number, foreignShare: number, singleParentShare: number, risk: number];

const ROWS: Row[] = [
  ['01', 7110, 1910, 13.5, 21.0, 27.0, 33, 0.7],
  ['02', 8640, 2060, 8.5, 12.0, 13.0, 27, 0.38],
  ['03', 14940, 3410, 6.0, 7.5, 10.5, 24, 0.22],
  ['04', 11610, 2770, 7.5, 10.0, 12.0, 26, 0.32],
  ['05', 12240, 2430, 3.8, 3.8, 7.5, 17, 0.08],
  ['06', 3510, 730, 2.5, 2.2, 5.0, 14, 0.03],
  ['07', 5220, 1350, 10.0, 14.5, 14.0, 29, 0.48],
  ['08', 11160, 2440, 4.2, 4.5, 6.0, 18, 0.1],
  ['09', 12420, 2960, 6.5, 8.5, 9.5, 23, 0.26],
  ['10', 6570, 1890, 16.0, 26.0, 27.5, 36, 0.85],
  ['11', 14490, 4460, 18.0, 29.5, 33.0, 38, 0.95],
  ['12', 5670, 1410, 8.0, 11.0, 13.5, 25, 0.36],
  ['13', 10440, 2700, 9.5, 13.5, 16.5, 28, 0.45],
  ['14', 8460, 2520, 17.0, 27.0, 30.5, 37, 0.9],
  ['15', 7470, 1780, 6.5, 8.0, 8.0, 22, 0.24],
  ['16', 9090, 2530, 13.0, 20.5, 21.0, 33, 0.72],
  ['17', 7380, 1980, 12.5, 19.5, 19.0, 32, 0.68],
  ['18', 6390, 1590, 8.5, 12.5, 14.0, 27, 0.4],
  ['19', 11880, 2950, 8.0, 11.0, 13.0, 26, 0.36],
  ['20', 10710, 2980, 14.0, 22.5, 21.5, 34, 0.78],
  ['21', 2250, 490, 3.0, 2.8, 4.5, 15, 0.05],
  ['22', 3420, 780, 5.0, 5.5, 6.5, 20, 0.15],
  ['23', 5400, 1390, 10.5, 15.5, 17.5, 30, 0.52],
];

export const DISTRICTS: readonly District[] = ROWS.map(([code, population, under25, unemploymentRate, sgb2Rate, foreignShare, singleParentShare, risk]) =>
  Object.freeze({ code, name: DISTRICT_NAME_BY_CODE.get(code)!, population, under25, unemploymentRate, sgb2Rate, foreignShare, singleParentShare, risk }),
);

export const DISTRICT_BY_CODE: ReadonlyMap<string, District> = new Map(DISTRICTS.map((d) => [d.code, d]));
