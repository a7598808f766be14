import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExportEncoding } from './encoding';
import { ImportStatus, type ImportResult } from './import-result';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'What became of an imported export file.',
  valuesConfig: {
    IMPORTED: { description: 'Written: new records inserted, changed ones updated, one IMPORT entry in the audit trail.' },
    DRY_RUN: { description: 'Checked and counted as if imported; nothing was written.' },
    REJECTED: { description: 'The file or at least one row is invalid; nothing was written. The errors say where.' },
  },
});

registerEnumType(ExportEncoding, {
  name: 'ExportEncoding',
  description: 'Character encoding of an export file.',
  valuesConfig: {
    UTF8: { description: 'UTF-8, with or without a byte order mark (Excel: "CSV UTF-8").' },
    WINDOWS_1252: { description: 'Windows-1252, the "ANSI" code page (Excel: "CSV (Trennzeichen-getrennt)").' },
  },
});

/** The most errors one GraphQL report lists; `errorCount` has them all (the CLI's report file too). */
export const MAX_REPORTED_ERRORS = 1000;

@ObjectType({ description: 'One problem in an export file: where it is, what was found, and why it is not acceptable.' })
@Directive('@shareable')
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file where the row starts; the header is line 1.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'Header of the column, as the file spells it; null when the problem concerns the whole row or file.' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The value found (at most 100 characters); null when the cell was empty or the problem has no single value.' })
  value!: string | null;

  @Field({ description: 'Stable code of the problem, e.g. INVALID_DATE, UNKNOWN_CODE, DUPLICATE_ROW, MISSING_COLUMN.' })
  code!: string;

  @Field({ description: 'What is wrong and how to fix it.' })
  reason!: string;
}

@ObjectType({ description: 'The result of importing one export file of a partner\'s source system.' })
@Directive('@shareable')
export class ImportReport {
  @Field({ description: 'The export kind, e.g. "leaving-results".' })
  kind!: string;

  @Field({ description: 'The file name given with the import (for the audit trail).' })
  fileName!: string;

  @Field(() => ImportStatus, { description: 'Whether the file was written, only checked, or rejected.' })
  status!: ImportStatus;

  @Field(() => ExportEncoding, { nullable: true, description: 'The encoding the file was read in (detected or stated); null when it could not be decoded.' })
  encoding!: ExportEncoding | null;

  @Field({ description: 'SHA-256 of the file\'s bytes (hex), as recorded in the audit trail.' })
  sha256!: string;

  @Field(() => Int, { description: 'Data rows in the file (header and blank lines not counted).' })
  rows!: number;

  @Field(() => Int, { description: 'Records created (0 unless IMPORTED or DRY_RUN).' })
  inserted!: number;

  @Field(() => Int, { description: 'Stored records changed by the file (only the changed ones; 0 unless IMPORTED or DRY_RUN).' })
  updated!: number;

  @Field(() => Int, { description: 'Rows whose record was already stored exactly so (0 unless IMPORTED or DRY_RUN).' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with at least one error.' })
  rejected!: number;

  @Field(() => Int, { description: 'Number of problems found; `errors` lists the first 1,000.' })
  errorCount!: number;

  @Field(() => [ImportRowError], { description: 'The problems found, in file order (at most 1,000).' })
  errors!: ImportRowError[];

  @Field(() => [String], { description: 'Headers of the file that this export kind does not use; their values were ignored.' })
  ignoredColumns!: string[];

  @Field(() => ID, { nullable: true, description: 'Id of the IMPORT entry in the owner\'s audit trail; null when nothing was written.' })
  auditEntryId!: string | null;
}

/** The GraphQL form of an import's result. */
export function importReport(r: ImportResult): ImportReport {
  return {
    kind: r.kind,
    fileName: r.fileName,
    status: r.status,
    encoding: r.encoding,
    sha256: r.sha256,
    rows: r.rows,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    errorCount: r.errors.length,
    errors: r.errors.slice(0, MAX_REPORTED_ERRORS),
    ignoredColumns: r.ignoredColumns,
    auditEntryId: r.auditEntryId === null ? null : String(r.auditEntryId),
  };
}
