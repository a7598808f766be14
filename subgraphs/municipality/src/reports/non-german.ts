import type { ProtectedCount } from '@kassel-hub/governance';
import type { ProtectedCounts } from './count-system';
import { share, type DestinationRowData } from './destinations';
import type { NonGermanShare, NonGermanShares } from './non-german.type';

const shareOf = (total: ProtectedCount, nonGerman: ProtectedCount): NonGermanShare => ({ total, nonGerman, share: share(nonGerman, total) });

/** Leavers by nationality group as the destinations report publishes them (its row totals at the default cut-off). */
export interface LeaversByNationality {
  rows: DestinationRowData[];
  total: DestinationRowData;
}

/** Leavers from the destination table by nationality, applicants and new contracts from the training market. */
export function nonGermanShares(leavers: LeaversByNationality, market: ProtectedCounts, year: number): NonGermanShares {
  return {
    cohortYear: year,
    leavers: leaverShare(leavers),
    applicants: shareOf(market.get('total/APPLICANT'), market.get('total/APPLICANT_NON_GERMAN')),
    newContracts: shareOf(market.get('total/NEW_CONTRACT'), market.get('total/NEW_CONTRACT_NON_GERMAN')),
  };
}

/** Non-German leavers ÷ all leavers, from the cells destinations(by: NATIONALITY) shows. */
export function leaverShare(leavers: LeaversByNationality): NonGermanShare {
  return shareOf(leavers.total.total, leavers.rows.find((r) => r.key === 'NON_GERMAN')!.total);
}
