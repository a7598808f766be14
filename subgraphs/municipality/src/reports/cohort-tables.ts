import type { Cohort } from '../entities/cohort.entity';
import type { Context } from '../context';
import { ReportBreakdown } from './breakdown';
import { protectContracts, type ContractSystem } from './contracts';
import type { ProtectedCounts } from './count-system';
import { defaultCutoff, servedCutoffs } from './destination-cutoffs';
import { protectAllDestinations, type DestinationTableData } from './destination-tables';
import { protectInterest } from './interest';
import { consistentProfile, protectLeaverProfile } from './leaver-profile';
import { membersOf, once, today } from './per-request';

/*
 * The protected tables of a cohort that more than one report publishes from, each built once per
 * request from the full panel. A count two reports show is read from the same protected table,
 * so the reports cannot disagree on it.
 */

/** The destination tables of a breakdown at every served cut-off; all breakdowns and cut-offs protected together. */
export const destinationsOf = async (cohort: Cohort, ctx: Context, by: ReportBreakdown): Promise<Map<string, DestinationTableData>> =>
  (await once(cohort, 'destinations', async () => protectAllDestinations(await membersOf(cohort, ctx), servedCutoffs(cohort.year)))).get(by)!;

/** The table at 31 December, which the dashboard and the nationality shares publish from. */
export const destinationsAtDefault = async (cohort: Cohort, ctx: Context, by: ReportBreakdown): Promise<DestinationTableData> =>
  (await destinationsOf(cohort, ctx, by)).get(defaultCutoff(cohort.year))!;

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
