import type { ProtectedTable } from './count-table';

/**
 * The rows with these keys, cut from a table that was protected as a whole: the same cells and the
 * same margins (which stay those of the full table). A query for part of a table must be answered
 * this way, never by protecting the part on its own, or two answers could differ on a cell.
 * Rows keep the full table's order; an unknown key is a programming error (validate first).
 */
export function sliceRows(table: ProtectedTable, keys: readonly string[]): ProtectedTable {
  const wanted = new Set(keys);
  const rows = table.rows.filter((r) => wanted.has(r.key));
  if (rows.length !== wanted.size) {
    const known = new Set(table.rows.map((r) => r.key));
    throw new RangeError(`no rows ${[...wanted].filter((k) => !known.has(k)).join(', ')} in the table`);
  }
  return { ...table, rows };
}

/** Keys that name no row of the table: lets a resolver refuse them before slicing. */
export function unknownRowKeys(table: ProtectedTable, keys: readonly string[]): string[] {
  const known = new Set(table.rows.map((r) => r.key));
  return keys.filter((k) => !known.has(k));
}
