import { APPRENTICESHIP_OCCUPATION_BY_KLDB, APPRENTICESHIP_OCCUPATIONS_BY_KLDB, DISTRICT_NAMES, type ApprenticeshipOccupation } from '@kassel-hub/reference';
import { PSEUDONYM_PATTERN } from '@kassel-hub/reference';
import { FIRST_YEAR, LAST_YEAR } from '@kassel-hub/kit';
import { parseGermanDate, parseGermanInteger } from './german-values';
import { codeList } from './labels';
import { CellError } from './row-error';

/*
 * Cell parsers shared by every partner's exports. Each takes the trimmed, non-empty cell and
 * returns the value the hub stores, or throws a CellError whose code and reason end up in the
 * error report. They apply the same rules as the GraphQL argument checks in validate.ts.
 */

export function pseudonymCell(raw: string): string {
  // Crockford base32 is case-insensitive; the register writes it in capitals.
  const value = raw.toUpperCase();
  if (!PSEUDONYM_PATTERN.test(value)) throw new CellError('INVALID_PSEUDONYM', 'expected a pseudonym: "Y" followed by 12 characters of Crockford base32');
  return value;
}

export function yearCell(raw: string): number {
  try {
    return parseGermanInteger(raw, FIRST_YEAR, LAST_YEAR);
  } catch {
    throw new CellError('INVALID_YEAR', `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
}

/** A date as TT.MM.JJJJ within the years the hub holds. */
export function dateCell(raw: string): string {
  const iso = parseGermanDate(raw);
  const year = Number(iso.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new CellError('DATE_OUT_OF_RANGE', `expected a date from ${FIRST_YEAR} to ${LAST_YEAR}`);
  return iso;
}

export const integerCell = (min: number, max: number) => (raw: string) => parseGermanInteger(raw, min, max);

/** A text of at most `max` characters (names, staff handles). */
export const textCell = (max: number) => (raw: string) => {
  if (raw.length > max) throw new CellError('TOO_LONG', `at most ${max} characters`);
  return raw;
};

/** What an identifier a partner's system assigns may look like (register, case or company number). */
export const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9/_-]{2,39}$/;

/** An identifier the partner's system assigns: 3 to 40 letters, digits, "-", "_" or "/", kept as written. */
export const identifierCell = (what: string) => (raw: string) => {
  if (!IDENTIFIER.test(raw)) throw new CellError('INVALID_IDENTIFIER', `expected a ${what}: 3 to 40 letters, digits, "-", "_" or "/"`);
  return raw;
};

/** A KldB 2010 code: five digits. */
export function kldbCell(raw: string): string {
  if (/^\d{4}$/.test(raw)) {
    throw new CellError('INVALID_KLDB', 'a KldB 2010 code has 5 digits; did a spreadsheet drop a leading zero? Format the column as text');
  }
  if (!/^\d{5}$/.test(raw)) throw new CellError('INVALID_KLDB', 'expected a KldB 2010 code: 5 digits, e.g. 62102');
  return raw;
}

/** A KldB code of a recognised apprenticeship occupation (the BIBB list of recognised occupations). */
export function apprenticeshipKldbCell(raw: string): string {
  const kldb = kldbCell(raw);
  if (!APPRENTICESHIP_OCCUPATION_BY_KLDB.has(kldb)) throw new CellError('UNKNOWN_OCCUPATION', `${kldb} is no recognised apprenticeship occupation`);
  return kldb;
}

/** Title of the principal recognised apprenticeship occupation of a KldB code (for cross-checks). */
export const occupationTitle = (kldb: string): string | undefined => APPRENTICESHIP_OCCUPATION_BY_KLDB.get(kldb)?.title;

/** Every recognised apprenticeship occupation of a KldB code, principal first: a code is a class, several occupations share one. */
export const recognisedOccupationsOf = (kldb: string): readonly ApprenticeshipOccupation[] => APPRENTICESHIP_OCCUPATIONS_BY_KLDB.get(kldb) ?? [];

/** Titles of every recognised apprenticeship occupation of a KldB code, principal first: a code is a class, several occupations share one. */
export const occupationTitles = (kldb: string): readonly string[] => APPRENTICESHIP_OCCUPATIONS_BY_KLDB.get(kldb)?.map((o) => o.title) ?? [];

const districts = codeList(
  'district of Kassel',
  Object.fromEntries(DISTRICT_NAMES.map((d) => [d.code, [d.name, String(Number(d.code)), `${d.code} ${d.name}`]])) as Record<string, string[]>,
);

/** A district of Kassel: its code 01–23 (also 1–23, as a spreadsheet shows it) or its name. */
export function districtCell(raw: string): string {
  try {
    return districts.parse(raw);
  } catch {
    throw new CellError('UNKNOWN_DISTRICT', 'expected a district of Kassel: its code 01–23 or its name, e.g. "Nord-Holland"');
  }
}
