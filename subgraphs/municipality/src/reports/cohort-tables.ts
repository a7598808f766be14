import type { Cohort } from '../entities/cohort.entity';
import type { Context } from '../context';
import { ReportBreakdown } from './breakdown';
import { protectContracts, type ContractSystem } from './contracts';
import type { ProtectedCounts } from './count-system';
import { destinationTable } from './destinations';
import { protectInterest } from './interest';
import { consistentProfile, protectLeaverProfile } from './leaver-profile';
import { membersOf, once, today } from './per-request';

/*
 * The protected tables of a cohort that more than one report publishes from, each built once per
 * request from the full panel. A count two reports show is read from the same protected table,
 * so the reports cannot disagree on it.
 */

/** The destinations report's default cut-off: 31 December of the leaving year. */
export const defaultCutoff = (year: number) => `${year}-12-31`;

export const destinationsAtDefault = (cohort: Cohort, ctx: Context, by: ReportBreakdown) =>
  once(cohort, `destinations:${by}`, async () => destinationTable(await membersOf(cohort, ctx), by, defaultCutoff(cohort.year)));

/** Leavers by district × qualification and nationality, published only where consistent with the destination tables. */
export const leaverProfileOf = (cohort: Cohort, ctx: Context): Promise<ProtectedCounts> =>
  once(cohort, 'leaver-profile', async () => {
    const [members, byDistrict, byNationality] = await Promise.all([
      membersOf(cohort, ctx),
      destinationsAtDefault(cohort, ctx, ReportBreakdown.DISTRICT),
      destinationsAtDefault(cohort, ctx, ReportBreakdown.NATIONALITY),
    ]);
    return consistentProfile(protectLeaverProfile(members), { byDistrict, byNationality });
  });

/** The training market (interested members by district × SGB II, with the city's nationality split). */
export const interestOf = (cohort: Cohort, ctx: Context): Promise<ProtectedCounts> =>
  once(cohort, 'interest', async () => protectInterest(await membersOf(cohort, ctx), cohort.year));

/** The panel's training contracts, all cuts. */
export const contractsOf = (cohort: Cohort, ctx: Context): Promise<ContractSystem> =>
  once(cohort, 'contracts', async () => protectContracts(await membersOf(cohort, ctx), cohort.year, today()));
