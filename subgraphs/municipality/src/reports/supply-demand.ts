import { ReportBreakdown, rowsFor } from './breakdown';
import type { ProtectedCounts } from './count-system';
import { share } from './destinations';
import { detailLine, NO_SGB2, SGB2 } from './interest';
import type { SupplyDemandCells, SupplyDemandRow, SupplyDemandTable } from './supply-demand.type';

/** The cells of one line of the protected market, with the rates derived from published counts only. */
export function marketCells(p: ProtectedCounts, line: string): SupplyDemandCells {
  const cell = (c: string) => p.get(`${line}/${c}`);
  const [interested, newContracts, applicants, unplaced, unknown] = [cell('total'), cell('NEW_CONTRACT'), cell('APPLICANT'), cell('UNPLACED'), cell('UNKNOWN')];
  return {
    interested,
    newContracts,
    applicants,
    unplaced,
    unknown,
    supplyDemandRatio: share(newContracts, interested),
    unplacedShare: share(unplaced, applicants),
    unknownShare: share(unknown, applicants),
  };
}

const row = (p: ProtectedCounts, key: string, label: string, all: string, withSgb2: string, withoutSgb2: string): SupplyDemandRow => ({
  key,
  label,
  all: marketCells(p, all),
  withSgb2: marketCells(p, withSgb2),
  withoutSgb2: marketCells(p, withoutSgb2),
});

/** The supply-demand table for CITY or DISTRICT (anything else is refused by the resolver), cut from the cohort's protected market. */
export function supplyDemandTable(p: ProtectedCounts, year: number, by: ReportBreakdown): SupplyDemandTable {
  const total = row(p, 'TOTAL', 'total', 'total', SGB2, NO_SGB2);
  if (by === ReportBreakdown.CITY) return { cohortYear: year, by, rows: [{ ...total, key: 'CITY', label: 'Kassel' }], total };
  const rows = rowsFor(by, []).rows.map((r) => row(p, r.key, r.label, r.key, detailLine(r.key, SGB2), detailLine(r.key, NO_SGB2)));
  return { cohortYear: year, by, rows, total };
}
