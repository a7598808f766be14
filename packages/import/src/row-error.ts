/**
 * A problem with one cell, one row or the whole file of a partner's export, as the data office
 * sees it in the error report: the line of the file, the column's header, the value found.
 */
export interface RowError {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  /** The column's header as the file spells it; null when the problem is the row or the file. */
  column: string | null;
  /** The offending value, shortened; null when there is none. */
  value: string | null;
  /** Stable machine code, e.g. INVALID_DATE. */
  code: string;
  /** What is wrong and how to fix it, in plain words. */
  reason: string;
}

/** Thrown by a cell parser: the cell's value is not acceptable. */
export class CellError extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Thrown when the file as a whole cannot be read (encoding, separator, header): nothing is imported. */
export class ExportFileError extends Error {
  constructor(
    readonly code: string,
    reason: string,
    readonly line = 1,
    readonly column: string | null = null,
  ) {
    super(reason);
  }

  toRowError(): RowError {
    return { line: this.line, column: this.column, value: null, code: this.code, reason: this.message };
  }
}

const MAX_VALUE = 100;

/** A value for the report: long ones are cut, so that a broken line does not flood it. */
export const reportedValue = (raw: string | null | undefined): string | null =>
  raw == null ? null : raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE)}…` : raw;

const csvCell = (v: string) => (/[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The error report (`<file>.errors.csv`) in the format the export came in: ";"-separated, with a
 * UTF-8 byte order mark so that Excel shows the umlauts of the values right.
 */
export function errorReportCsv(errors: readonly RowError[]): string {
  const lines = [['line', 'column', 'value', 'reason', 'code'], ...errors.map((e) => [String(e.line), e.column ?? '', e.value ?? '', e.reason, e.code])];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
