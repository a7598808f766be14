import { ReportBreakdown, rowsFor } from './breakdown';
import type { ProtectedCounts } from './count-system';
import { share } from './destinations';
import { detailLine, NO_SGB2, SGB2 } from './interest';
import type { EntryIntoTrainingCells, EntryIntoTrainingRow, EntryIntoTrainingTable } from './entry-into-training.type';

/** The cells of one line of the protected market, with the rates derived from published counts only. */
export function marketCells(p: ProtectedCounts, line: string): EntryIntoTrainingCells {
  const cell = (c: string) => p.get(`${line}/${c}`);
  const [applicantsOrNewContracts, interested, newContracts, notEntered] = [cell('total'), cell('INTERESTED'), cell('NEW_CONTRACT'), cell('NOT_ENTERED')];
  const [applicants, unplaced, unknown] = [cell('APPLICANT'), cell('UNPLACED'), cell('UNKNOWN')];
  return {
    applicantsOrNewContracts,
    interested,
    newContracts,
    notEntered,
    applicants,
    unplaced,
    unknown,
    eqi: share(newContracts, interested),
    unplacedShare: share(unplaced, applicants),
    unknownShare: share(unknown, applicants),
  };
}

const row = (p: ProtectedCounts, key: string, label: string, all: string, withSgb2: string, withoutSgb2: string): EntryIntoTrainingRow => ({
  key,
  label,
  all: marketCells(p, all),
  withSgb2: marketCells(p, withSgb2),
  withoutSgb2: marketCells(p, withoutSgb2),
});

/** The entry-into-training table for CITY or DISTRICT (anything else is refused by the resolver), cut from the cohort's protected market. */
export function entryIntoTrainingTable(p: ProtectedCounts, year: number, by: ReportBreakdown): EntryIntoTrainingTable {
  const total = row(p, 'TOTAL', 'total', 'total', SGB2, NO_SGB2);
  if (by === ReportBreakdown.CITY) return { cohortYear: year, by, rows: [{ ...total, key: 'CITY', label: 'Kassel' }], total };
  const rows = rowsFor(by, []).rows.map((r) => row(p, r.key, r.label, r.key, detailLine(r.key, SGB2), detailLine(r.key, NO_SGB2)));
  return { cohortYear: year, by, rows, total };
}
