import { describe, expect, it } from 'vitest';
import { formatGermanDate, parseGermanDate, parseGermanDecimal, parseGermanInteger } from './german-values';
import { codeList, labelKey, sameName } from './labels';

describe('German dates and numbers', () => {
  it('reads TT.MM.JJJJ, also without leading zeros and with the midnight time Excel may add', () => {
    expect(parseGermanDate('01.08.2025')).toBe('2025-08-01');
    expect(parseGermanDate('1.8.2025')).toBe('2025-08-01');
    expect(parseGermanDate('01.08.2025 00:00')).toBe('2025-08-01');
    expect(formatGermanDate('2025-08-01')).toBe('01.08.2025');
  });

  it('refuses ISO dates, two-digit years and days that do not exist', () => {
    expect(() => parseGermanDate('2025-08-01')).toThrow(/TT.MM.JJJJ/);
    expect(() => parseGermanDate('01.08.25')).toThrow(/four digits/);
    expect(() => parseGermanDate('30.02.2025')).toThrow(/not a day/);
  });

  it('reads decimal commas and thousands points, never a point as decimal separator', () => {
    expect(parseGermanDecimal('1.234,56')).toBe(1234.56);
    expect(parseGermanDecimal('39,5')).toBe(39.5);
    expect(parseGermanDecimal('1200')).toBe(1200);
    expect(() => parseGermanDecimal('39.5')).toThrow(/decimal comma/);
    expect(parseGermanInteger('3,0', 0, 10)).toBe(3);
    expect(() => parseGermanInteger('3,5', 0, 10)).toThrow(/whole number/);
    expect(() => parseGermanInteger('11', 0, 10)).toThrow(/from 0 to 10/);
  });
});

describe('headers and coded values', () => {
  it('compare without case, punctuation or the spelling of umlauts', () => {
    expect(labelKey('Verbleib zum 30.09.')).toBe(labelKey('verbleib zum 3009'));
    expect(labelKey('Kündigung durch Auszubildende/n')).toBe(labelKey('Kuendigung durch Auszubildenden'));
    // a mis-decoded umlaut does not pass for the real one
    expect(labelKey('KÃ¼ndigung')).not.toBe(labelKey('Kündigung'));
  });

  it('a code list accepts the code and every label, and lists them for docs/imports.md', () => {
    const list = codeList('qualification', { HAUPT: ['Hauptschulabschluss'], REAL: ['Realschulabschluss', 'mittlerer Abschluss'] });
    expect(list.parse('REAL')).toBe('REAL');
    expect(list.parse('Mittlerer Abschluss')).toBe('REAL');
    expect(() => list.parse('Abitur')).toThrow(/Hauptschulabschluss, Realschulabschluss/);
    expect(list.doc).toBe('`HAUPT` ("Hauptschulabschluss"), `REAL` ("Realschulabschluss", "mittlerer Abschluss")');
  });

  it('a name that Windows-1252 could not hold still matches the register', () => {
    expect(sameName('Autohaus Y?lmaz GmbH', 'Autohaus Yılmaz GmbH')).toBe(true);
    expect(sameName('autohaus  yılmaz gmbh', 'Autohaus Yılmaz GmbH')).toBe(true);
    expect(sameName('Autohaus Kaya GmbH', 'Autohaus Yılmaz GmbH')).toBe(false);
  });
});
