import { encodeWindows1252 } from '@kassel-hub/reference';

/**
 * Writes CSV files the way German office software does: ";" between fields (the comma is the
 * decimal separator), CRLF line ends, dates as TT.MM.JJJJ, and either UTF-8 with a byte order
 * mark ("CSV UTF-8") or Windows-1252 ("CSV (Trennzeichen-getrennt)").
 */

/** How a sample file is encoded: Excel's two CSV flavours. */
export type ExportFileEncoding = 'utf8-bom' | 'windows-1252';

/** A table to write: the header row and the data rows, all cells already as text. */
export interface ExportTable {
  header: string[];
  rows: string[][];
}

const NEEDS_QUOTES = /[";\r\n]/;

/** Quotes a cell when it holds the separator, a quote or a line break; quotes inside are doubled. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(table: ExportTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export function encodeCsv(table: ExportTable, encoding: ExportFileEncoding): Buffer {
  const text = csvText(table);
  return encoding === 'windows-1252' ? encodeWindows1252(text) : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** ISO date (2025-08-01) as German offices write it (01.08.2025); empty for none. */
export function germanDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
