import type { ExportEncoding } from './encoding';
import type { RowError } from './row-error';

/**
 * IMPORTED: the file's records are written; DRY_RUN: checked and counted, nothing written;
 * REJECTED: a row or the file is invalid, nothing written (see the errors).
 */
export enum ImportStatus {
  IMPORTED = 'IMPORTED',
  DRY_RUN = 'DRY_RUN',
  REJECTED = 'REJECTED',
}

/** What an import did, for the CLI's summary and the GraphQL report alike. */
export interface ImportResult {
  kind: string;
  fileName: string;
  status: ImportStatus;
  /** Detected, or as stated by the caller; null when the file could not be decoded. */
  encoding: ExportEncoding | null;
  sha256: string;
  /** Data rows read (the header and blank lines not counted). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows with at least one error. */
  rejected: number;
  /** Every problem found, in file order. */
  errors: RowError[];
  ignoredColumns: string[];
  /** The IMPORT entry in the owner's audit trail; null when nothing was written. */
  auditEntryId: number | null;
  durationMs: number;
}

export interface ImportProgress {
  phase: 'checked' | 'written';
  done: number;
  total: number;
}
