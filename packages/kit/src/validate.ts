import { DISTRICT_NAMES } from '@kassel-hub/reference';
import { PSEUDONYM_PATTERN } from '@kassel-hub/reference';
import { InvalidArgumentError } from './errors';

/*
 * Argument checks shared by every subgraph. Each throws an `InvalidArgumentError` whose code says
 * what was wrong, before any SQL runs.
 */

const districtCodes = new Set(DISTRICT_NAMES.map((d) => d.code));
export const MAX_PAGE_SIZE = 500;

export function assertPseudonym(value: string, argument = 'pseudonym'): string {
  if (!PSEUDONYM_PATTERN.test(value)) {
    throw new InvalidArgumentError(
      'INVALID_PSEUDONYM',
      `"${value.slice(0, 40)}" is not a pseudonym: expected "Y" followed by 12 characters of Crockford base32`,
      argument,
    );
  }
  return value;
}

export function assertDistrictCode(value: string, argument = 'districtCode'): string {
  if (!districtCodes.has(value)) {
    throw new InvalidArgumentError('UNKNOWN_DISTRICT', `"${value.slice(0, 20)}" is not a Kassel district code (01–23)`, argument);
  }
  return value;
}

export function assertPage(first: number, offset: number): { limit: number; offset: number } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError('INVALID_PAGE_SIZE', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidArgumentError('INVALID_PAGE_SIZE', `offset must be 0 or more, got ${offset}`, 'offset');
  }
  return { limit: first, offset };
}

/** A KldB 2010 occupation code (Berufsgattung) has exactly five digits. */
export function assertKldb(value: string, argument = 'kldb'): string {
  if (!/^\d{5}$/.test(value)) {
    throw new InvalidArgumentError('INVALID_KLDB', `"${value.slice(0, 20)}" is not a KldB 2010 code: expected 5 digits`, argument);
  }
  return value;
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** A reporting or cohort year the hub can hold data for. */
export function assertYear(value: number, argument = 'year'): number {
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) {
    throw new InvalidArgumentError('INVALID_YEAR', `${argument} must be between ${FIRST_YEAR} and ${LAST_YEAR}, got ${value}`, argument);
  }
  return value;
}
