import { labelKey } from './labels';
import { CellError, ExportFileError, reportedValue, type RowError } from './row-error';
import type { CsvRecord } from './csv-reader';

/**
 * How a column must appear: `required` (the column and a value in every row), `nullable` (the
 * column must be there, a cell may be empty: stored as "none"), `optional` (the column may be
 * left out; it only cross-checks other values and is never stored).
 */
export type Presence = 'required' | 'nullable' | 'optional';

/** One column of an export: its German header, what it fills and how a cell is read. */
export interface Column<R> {
  header: string;
  /** Other headers the same column goes by in partners' systems. */
  aliases?: readonly string[];
  field: keyof R & string;
  presence: Presence;
  /** Reads a trimmed, non-empty cell; throws a CellError. */
  parse(raw: string): unknown;
  /** Format and accepted values, as docs/imports.md lists them. */
  doc: string;
}

/** A data row after its cells were read: `valid` turns false at its first error. */
export interface ParsedRow<R> {
  line: number;
  row: R;
  /** The cells as written, per field: reports quote what the office typed, not the parsed value. */
  raw: Map<string, string>;
  valid: boolean;
}

export interface ReadTable<R> {
  rows: ParsedRow<R>[];
  /** Header as the file spells it, per field (for the error report). */
  headerOf: Map<string, string>;
  /** Headers of the file that no column of this export uses; they are ignored. */
  ignored: string[];
}

/** Maps the header row onto the columns; a missing or doubled column makes the file unreadable. */
function mapHeader<R>(header: CsvRecord, columns: readonly Column<R>[]) {
  if (header.fields.length === 1 && /[,\t]/.test(header.fields[0]!)) {
    const sep = header.fields[0]!.includes('\t') ? 'tabs' : 'commas';
    throw new ExportFileError('WRONG_SEPARATOR', `the header is separated by ${sep}, not by ";": save the file as "CSV (Trennzeichen-getrennt)"`);
  }
  const byKey = new Map<string, Column<R>>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) byKey.set(labelKey(name), c);
  const index = new Map<Column<R>, number>();
  const headerOf = new Map<string, string>();
  const ignored: string[] = [];
  header.fields.forEach((name, i) => {
    const column = byKey.get(labelKey(name));
    if (!column) {
      if (name.trim()) ignored.push(name.trim());
      return;
    }
    if (index.has(column)) throw new ExportFileError('DUPLICATE_COLUMN', `the column "${column.header}" appears twice`, header.line, name.trim());
    index.set(column, i);
    headerOf.set(column.field, name.trim());
  });
  const missing = columns.filter((c) => c.presence !== 'optional' && !index.has(c));
  if (missing.length) {
    const list = missing.map((c) => `"${c.header}"`).join(', ');
    throw new ExportFileError('MISSING_COLUMN', `the header lacks the column${missing.length > 1 ? 's' : ''} ${list}`, header.line, missing[0]!.header);
  }
  return { index, headerOf, ignored };
}

/**
 * Reads the data rows of an export against its columns. Every cell problem becomes a RowError;
 * a row whose number of fields differs from the header's is reported once and not read further,
 * because its values are probably shifted. `onRow` is called after each row (for progress).
 */
export function readTable<R>(records: readonly CsvRecord[], columns: readonly Column<R>[], errors: RowError[], onRow?: (done: number) => void): ReadTable<R> {
  if (records.length === 0) throw new ExportFileError('EMPTY_FILE', 'the file is empty: expected a header row and data rows');
  const [header, ...data] = records as [CsvRecord, ...CsvRecord[]];
  const { index, headerOf, ignored } = mapHeader(header, columns);
  const width = header.fields.length;
  const rows: ParsedRow<R>[] = data.map((record, n) => {
    const row = {} as Record<string, unknown>;
    const parsed: ParsedRow<R> = { line: record.line, row: row as R, raw: new Map(), valid: true };
    const extra = record.fields.slice(width).some((f) => f.trim() !== '');
    if (record.fields.length < width || extra) {
      errors.push({
        line: record.line,
        column: null,
        value: reportedValue(record.fields.join(';')),
        code: 'WRONG_FIELD_COUNT',
        reason: `the row has ${record.fields.length} fields, the header ${width}: is a ";" or a line break inside a value not in quotes?`,
      });
      parsed.valid = false;
    } else {
      for (const column of columns) {
        const i = index.get(column);
        const raw = i === undefined ? '' : record.fields[i]!.trim();
        row[column.field] = null;
        parsed.raw.set(column.field, raw);
        if (raw === '') {
          if (column.presence === 'required') {
            errors.push({ line: record.line, column: headerOf.get(column.field)!, value: null, code: 'REQUIRED', reason: `${column.header} is required` });
            parsed.valid = false;
          }
          continue;
        }
        try {
          row[column.field] = column.parse(raw);
        } catch (e) {
          if (!(e instanceof CellError)) throw e;
          errors.push({ line: record.line, column: headerOf.get(column.field)!, value: reportedValue(raw), code: e.code, reason: e.message });
          parsed.valid = false;
        }
      }
    }
    onRow?.(n + 1);
    return parsed;
  });
  return { rows, headerOf, ignored };
}
