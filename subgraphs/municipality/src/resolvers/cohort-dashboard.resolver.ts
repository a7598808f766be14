import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { ReportBreakdown } from '../reports/breakdown';
import { destinationsAtDefault, interestOf, leaverProfileOf } from '../reports/cohort-tables';
import { districtDashboard } from '../reports/district-dashboard';
import { DistrictDashboard } from '../reports/district-dashboard.type';
import { assertReports } from '../reports/report-access';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortDashboardResolver {
  @FieldResolver(() => DistrictDashboard, {
    description:
      'Indicators per district of residence (all 23, outside Kassel, and the city as 00): leavers, direct transition rate, transition-system share, shares without any qualification and without Hauptschulabschluss, EQI, unplaced share, non-German share; atRisk: AT_RISK when at least 3 of the 5 risk indicators are worse than the city\'s, NOT_ENOUGH_PUBLISHED_DATA when suppressed rates leave that open.',
  })
  @Directive(RECORDS_REQUIRES)
  async districtDashboard(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<DistrictDashboard> {
    assertReports(ctx);
    const [destinations, byNationality, profile, market] = await Promise.all([
      destinationsAtDefault(cohort, ctx, ReportBreakdown.DISTRICT),
      destinationsAtDefault(cohort, ctx, ReportBreakdown.NATIONALITY),
      leaverProfileOf(cohort, ctx),
      interestOf(cohort, ctx),
    ]);
    return districtDashboard({ destinations, byNationality, profile, market }, cohort.year);
  }
}
