import { CellError, integerCell, parseGermanDecimal, sameName, textCell, type ExportKind } from '@kassel-hub/import';
import { DISTRICT_NAME_BY_CODE } from '@kassel-hub/reference';
import { District } from '../entities/district.entity';

interface DistrictRow {
  code: string;
  name: string;
  population: number;
  under25: number;
  unemploymentRate: number;
  sgb2Rate: number;
  foreignShare: number;
  singleParentShare: number;
}

/** The official code 01–23; a spreadsheet may have dropped the leading zero. */
function districtCodeCell(raw: string): string {
  const code = /^\d{1,2}$/.test(raw) ? raw.padStart(2, '0') : raw;
  if (!DISTRICT_NAME_BY_CODE.has(code)) throw new CellError('UNKNOWN_DISTRICT', 'expected the code of one of Kassel\'s 23 districts, 01–23');
  return code;
}

/** Far above Kassel's ~200,000 residents, yet catches a misplaced column of other figures. */
const countCell = integerCell(0, 1_000_000);

/** A share in percent with a decimal comma (13,5), a trailing "%" allowed. */
function percentCell(raw: string): number {
  const value = parseGermanDecimal(raw.replace(/\s*%$/, ''));
  if (value < 0 || value > 100) throw new CellError('OUT_OF_RANGE', 'expected a percentage from 0 to 100');
  return value;
}

const percentDoc = (what: string) => `${what}, in percent from 0 to 100 with a decimal comma (e.g. \`13,5\`).`;

/**
 * The statistics office's district table (Stadtteilprofile): population and social indicators of
 * Kassel's 23 districts, keyed by the official code. The names are fixed by the reference list;
 * the file's name only confirms that the code is the one meant.
 */
export const districts: ExportKind<DistrictRow> = {
  name: 'districts',
  title: 'Stadtteilprofile',
  description:
    'Population and social indicators of Kassel\'s 23 districts as the city\'s statistics office publishes them, one row per district, ' +
    'keyed by the official district code. A code the hub has not stored yet adds the district; a known one updates its figures. ' +
    'The code must be one of the 23 official districts (UNKNOWN_DISTRICT) and the name must be that district\'s official name ' +
    '(NAME_MISMATCH), which is what the hub stores. Import it on a new hub before reading district reports: without it districts ' +
    'have no names or indicators. Districts are never removed by an import.',
  columns: [
    { header: 'Stadtteil-Nr.', aliases: ['Stadtteilnummer', 'Nr.', 'Schlüssel'], field: 'code', presence: 'required', parse: districtCodeCell, doc: 'Official district code `01`–`23` (or `1`–`23`); the key.' },
    { header: 'Stadtteil', aliases: ['Stadtteilname', 'Name'], field: 'name', presence: 'required', parse: textCell(100), doc: 'Official name of the district, e.g. `Nord-Holland`; checked against the code.' },
    { header: 'Einwohner', aliases: ['Bevölkerung', 'Einwohnerinnen und Einwohner'], field: 'population', presence: 'required', parse: countCell, doc: 'Residents, a whole number (`14.490` or `14490`).' },
    { header: 'unter 25 Jahre', aliases: ['Einwohner unter 25', 'unter 25'], field: 'under25', presence: 'required', parse: countCell, doc: 'Residents under 25, a whole number no larger than the residents.' },
    { header: 'Arbeitslosenquote', aliases: ['Arbeitslosenquote %'], field: 'unemploymentRate', presence: 'required', parse: percentCell, doc: percentDoc('Unemployed among residents aged 15–64') },
    { header: 'SGB-II-Quote', aliases: ['SGB II-Quote', 'SGB II Quote'], field: 'sgb2Rate', presence: 'required', parse: percentCell, doc: percentDoc('Residents under 65 receiving SGB II benefits') },
    { header: 'Ausländeranteil', aliases: ['Anteil Ausländer', 'Anteil ohne deutsche Staatsangehörigkeit'], field: 'foreignShare', presence: 'required', parse: percentCell, doc: percentDoc('Residents without German citizenship') },
    { header: 'Alleinerziehendenanteil', aliases: ['Anteil Alleinerziehende'], field: 'singleParentShare', presence: 'required', parse: percentCell, doc: percentDoc('Households with children headed by a single parent') },
  ],
  key: ['code'],
  checkRow(row, fail) {
    const official = DISTRICT_NAME_BY_CODE.get(row.code)!;
    if (!sameName(row.name, official)) fail('name', 'NAME_MISMATCH', `district ${row.code} is "${official}": is the code right?`);
    if (row.under25 > row.population) fail('under25', 'UNDER25_EXCEEDS_POPULATION', `${row.under25} residents under 25 but only ${row.population} residents`);
  },
  target: {
    entity: District,
    managed: ['name', 'population', 'under25', 'unemploymentRate', 'sgb2Rate', 'foreignShare', 'singleParentShare'],
    // The official spelling, whatever case or spacing the file used.
    record: (r) => ({ ...r, name: DISTRICT_NAME_BY_CODE.get(r.code)! }),
    create: () => ({}),
  },
};
