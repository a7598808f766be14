import { CellError } from './row-error';

/*
 * Values as German office software writes them: dates as TT.MM.JJJJ, decimals with a comma and
 * optional thousands points (1.234,5). Each parser takes a trimmed, non-empty cell and throws a
 * CellError that says what was expected.
 */

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?: 00:00(?::00)?)?$/;

/** `01.08.2025` (also `1.8.2025`, and `01.08.2025 00:00` as Excel may add) → `2025-08-01`. */
export function parseGermanDate(raw: string): string {
  const m = GERMAN_DATE.exec(raw);
  if (!m) throw new CellError('INVALID_DATE', 'expected a date as TT.MM.JJJJ, e.g. 01.08.2025');
  const [, d, mo, y] = m;
  if (y!.length !== 4) throw new CellError('INVALID_DATE', 'write the year with four digits (TT.MM.JJJJ): a two-digit year is ambiguous');
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new CellError('INVALID_DATE', `${raw} is not a day of the calendar`);
  return iso;
}

/** `2025-08-01` → `01.08.2025`, for messages in the partners' own notation. */
export function formatGermanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const GERMAN_DECIMAL = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/** `1.234,56` → 1234.56; a point alone is read as a thousands separator, never as a decimal point. */
export function parseGermanDecimal(raw: string): number {
  const compact = raw.replace(/\s/g, '');
  if (!GERMAN_DECIMAL.test(compact)) {
    throw new CellError('INVALID_NUMBER', 'expected a number with a decimal comma, e.g. 1.234,5 (a point only between groups of three digits)');
  }
  return Number(compact.replace(/\./g, '').replace(',', '.'));
}

/** A whole number within `[min, max]`, German-formatted (`1.200`); `3,0` is accepted, `3,5` is not. */
export function parseGermanInteger(raw: string, min: number, max: number): number {
  const n = parseGermanDecimal(raw);
  if (!Number.isInteger(n)) throw new CellError('INVALID_NUMBER', 'expected a whole number');
  if (n < min || n > max) throw new CellError('OUT_OF_RANGE', `expected a whole number from ${min} to ${max}`);
  return n;
}
