import { protectGroupedTable, type ProtectedCount, type ProtectedGroupedTable, type ProtectedTable } from '@kassel-hub/governance';
import { Qualification } from '../entities/enums';
import { LeaverBreakdown } from '../entities/leaver-statistics/leaver-breakdown.enum';
import type { LeaverTable } from '../entities/leaver-statistics/leaver-table.type';
import type { LeaverCount } from '../repositories/leaver-counts.repository';

/** Official default: counts of 1 and 2 are hidden. */
export const LEAVER_TABLE_THRESHOLD = 3;

/** The columns: every qualification, in the enum's order (from none to Abitur). */
const QUALIFICATIONS = Object.values(Qualification);

export interface LeaverTables extends ProtectedGroupedTable {
  /** District code of every school, for the rows' `district` field. */
  districtOf: Map<string, string>;
}

/**
 * Protects the full school × qualification table of a cohort together with its district table,
 * so that no district count, subtracted from the published counts of its other schools, gives
 * back a hidden school count. Rows: every school (the school catalogue), grouped by district.
 */
export function protectLeaverTables(counts: readonly LeaverCount[]): LeaverTables {
  const districtOf = new Map(counts.map((c) => [c.schoolId, c.districtCode]));
  const schools = [...districtOf.keys()].sort();
  const districts = [...new Set(districtOf.values())].sort();
  const groups = districts.map((code) => ({ key: code, rows: schools.filter((s) => districtOf.get(s) === code) }));
  const cells = counts.flatMap((c) => (c.qualification ? [{ row: c.schoolId, column: c.qualification, count: c.leavers }] : []));
  const tables = protectGroupedTable({ rows: schools, columns: QUALIFICATIONS, counts: cells }, groups, { threshold: LEAVER_TABLE_THRESHOLD });
  return { ...tables, districtOf };
}

/** The GraphQL shape of one protected view (all rows, or a slice of them). */
export function toLeaverTable(table: ProtectedTable, breakdown: LeaverBreakdown, cohortYear: number, districtOf: Map<string, string>): LeaverTable {
  const bySchool = breakdown === LeaverBreakdown.SCHOOL;
  const perQualification = (cells: ProtectedCount[]) => cells.map((count, j) => ({ qualification: table.columns[j] as Qualification, count }));
  return {
    cohortYear,
    breakdown,
    threshold: table.threshold,
    rows: table.rows.map((r) => ({
      key: r.key,
      district: { code: bySchool ? districtOf.get(r.key)! : r.key },
      schoolId: bySchool ? r.key : null,
      cells: perQualification(r.cells),
      total: r.total,
    })),
    columnTotals: perQualification(table.columnTotals),
    grandTotal: table.grandTotal,
  };
}
