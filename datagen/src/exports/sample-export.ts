import type { ExportFileEncoding, ExportTable } from './german-csv';

export type SamplePartner = 'municipality' | 'schools' | 'employment' | 'chambers';

/**
 * One sample export file: what a partner's source system would hand over, cut from the same
 * synthetic Kassel that `npm start` seeds, so that importing it right after the first start works.
 */
export interface SampleExport {
  partner: SamplePartner;
  /** The export kind, as `npm run import -- --kind` names it. */
  kind: string;
  encoding: ExportFileEncoding;
  table: ExportTable;
  /**
   * What importing the file into a hub seeded with the same world (seed and scale) does: most rows
   * are already there (unchanged), a few are corrections (updated), some are new (inserted).
   */
  expected: { rows: number; inserted: number; updated: number; unchanged: number };
}

/** The file's place under `samples/`. */
export const samplePath = (s: Pick<SampleExport, 'partner' | 'kind'>) => `${s.partner}/${s.kind}.csv`;

/** Completes `expected` from the row count and the numbers of new and corrected rows. */
export function sample(partner: SamplePartner, kind: string, encoding: ExportFileEncoding, table: ExportTable, inserted: number, updated: number): SampleExport {
  const rows = table.rows.length;
  return { partner, kind, encoding, table, expected: { rows, inserted, updated, unchanged: rows - inserted - updated } };
}
