/**
 * Which hidden counts a reader could recompute exactly from the published ones.
 *
 * Every table is a system of linear relations (a total equals the sum of its parts). Substituting
 * the published values leaves a system in the hidden values; a hidden value is recomputable exactly
 * when every solution of that system agrees on it, i.e. when no vector in the null space of the
 * hidden columns moves it. The per-row/per-column rule ("at least two hidden entries") misses cases
 * such as a hidden cell that bridges two otherwise separate blocks of hidden cells, and it knows
 * nothing of linked tables (a school inside its district); this check is exact for any set of relations.
 */

/** A linear relation between entries (by index): the total equals the sum of the parts. */
export interface SumRelation {
  total: number;
  parts: readonly number[];
}

// Coefficients are small integers and pivots are chosen by size, so rounding stays far below this.
const EPS = 1e-9;

export interface Reduction {
  /** The relation matrix after reduction to row echelon form, pivot rows first. */
  rows: Float64Array[];
  /** Number of pivot rows. */
  rank: number;
  /** The pivot row of each hidden entry, or -1 (a free hidden entry, or a published one). */
  pivotRow: Int32Array;
}

/**
 * Gauss–Jordan elimination of the relation matrix, pivoting only on hidden columns. Published
 * columns are carried along, so afterwards each shows how it relates to the hidden ones.
 */
export function reduceRelations(relations: readonly SumRelation[], entryCount: number, hidden: readonly boolean[]): Reduction {
  const rows = relations.map((rel) => {
    const row = new Float64Array(entryCount);
    row[rel.total] -= 1;
    for (const p of rel.parts) row[p] += 1;
    return row;
  });
  const pivotRow = new Int32Array(entryCount).fill(-1);
  let rank = 0;
  for (let col = 0; col < entryCount; col++) {
    if (!hidden[col]) continue;
    let best = -1;
    let bestSize = EPS;
    for (let i = rank; i < rows.length; i++) {
      const size = Math.abs(rows[i][col]);
      if (size > bestSize) [best, bestSize] = [i, size];
    }
    if (best < 0) continue;
    [rows[rank], rows[best]] = [rows[best], rows[rank]];
    const pivot = rows[rank];
    const scale = 1 / pivot[col];
    const nonZero: number[] = [];
    for (let k = 0; k < entryCount; k++) {
      if (Math.abs(pivot[k]) > EPS) {
        pivot[k] *= scale;
        nonZero.push(k);
      } else pivot[k] = 0;
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const factor = row[col];
      if (i === rank || factor === 0) continue;
      for (const k of nonZero) row[k] -= factor * pivot[k];
      row[col] = 0;
    }
    pivotRow[col] = rank++;
  }
  return { rows, rank, pivotRow };
}

export const isNonZero = (x: number) => Math.abs(x) > EPS;

/**
 * Hidden entries a reader can recompute: those with a pivot whose row touches no free hidden
 * column. Returns a flag per pivot row ("loose": the row's pivot can still move) to update cheaply.
 */
export function findRecomputable(red: Reduction, hidden: readonly boolean[]): { recomputable: number[]; loose: Uint8Array } {
  const free: number[] = [];
  for (let j = 0; j < hidden.length; j++) if (hidden[j] && red.pivotRow[j] < 0) free.push(j);
  const loose = new Uint8Array(red.rank);
  for (let i = 0; i < red.rank; i++) loose[i] = free.some((f) => isNonZero(red.rows[i][f])) ? 1 : 0;
  const recomputable: number[] = [];
  for (let j = 0; j < hidden.length; j++) if (hidden[j] && red.pivotRow[j] >= 0 && !loose[red.pivotRow[j]]) recomputable.push(j);
  return { recomputable, loose };
}

/** True when a published column lies in the span of the hidden ones (hiding it adds a free column). */
export function isDependent(red: Reduction, col: number): boolean {
  for (let i = red.rank; i < red.rows.length; i++) if (isNonZero(red.rows[i][col])) return false;
  return true;
}
