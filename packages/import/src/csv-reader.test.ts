import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-reader';
import { ExportFileError } from './row-error';

describe('reading ";"-separated exports as Excel writes them', () => {
  it('splits fields on ";" and records on CRLF, LF or CR, with the line each record starts on', () => {
    expect(readCsvRecords('a;b\r\nc;d\ne;f\rg;h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('keeps ";", line breaks and doubled quotes inside quoted fields, and counts the lines they span', () => {
    const text = 'Name;Notiz\r\n"Müller; Söhne";"erste Zeile\r\nzweite ""Zeile"""\r\nnext;x\r\n';
    expect(readCsvRecords(text)).toEqual([
      { line: 1, fields: ['Name', 'Notiz'] },
      { line: 2, fields: ['Müller; Söhne', 'erste Zeile\r\nzweite "Zeile"'] },
      { line: 4, fields: ['next', 'x'] },
    ]);
  });

  it('drops blank lines and the ";;;" rows a spreadsheet leaves below a table, but keeps empty cells', () => {
    expect(readCsvRecords('a;b;c\n\n1;;3\n;;\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 3, fields: ['1', '', '3'] },
    ]);
  });

  it('refuses a quoted field that is never closed, naming the line it opened on', () => {
    const read = () => readCsvRecords('a;b\n1;"open\n2;3\n');
    expect(read).toThrow(ExportFileError);
    expect(read).toThrow(/line 2/);
  });
});
