import { ExportFileError } from './row-error';

/** One record of a CSV file: its fields, and the line of the file where it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Splits ";"-separated text into records, as Excel writes and reads them: a field in double
 * quotes may hold the separator, line breaks and doubled quotes (""); CRLF, LF and CR all end a
 * record. Line numbers count physical lines, so a record after a quoted line break reports the
 * line a text editor shows. Records whose fields are all empty (blank lines, ";;;" rows Excel
 * leaves below a table) are dropped.
 */
export function readCsvRecords(text: string, separator = ';'): CsvRecord[] {
  const sep = separator.charCodeAt(0);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      const opened = line;
      i += 1;
      let closed = false;
      let start = i;
      while (i < text.length) {
        const q = text.charCodeAt(i);
        if (q === QUOTE) {
          field += text.slice(start, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 2;
            start = i;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (q === LF || (q === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
        i += 1;
      }
      if (!closed) throw new ExportFileError('UNTERMINATED_QUOTE', `a quoted field opened on line ${opened} is never closed`, opened);
      // Text after the closing quote (`"a"b`) is kept, as Excel does.
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (c === CR || c === LF) {
      endRecord();
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === sep || d === CR || d === LF) break;
      j += 1;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
