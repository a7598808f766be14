import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { InvalidArgumentError, RECORDS_REQUIRES } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { ReportBreakdown } from '../reports/breakdown';
import { interestOf } from '../reports/cohort-tables';
import { assertReports } from '../reports/report-access';
import { supplyDemandTable } from '../reports/supply-demand';
import { SupplyDemandTable } from '../reports/supply-demand.type';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortSupplyDemandResolver {
  @FieldResolver(() => SupplyDemandTable, {
    description:
      'Supply-demand ratio (EQI) = new contracts ÷ interested, and applicants unplaced or of unknown whereabouts on 30 September, by CITY or DISTRICT of residence, each row split by SGB II flag. Interested: panel members who applied for an apprenticeship (reporting year ending 30 September of the cohort year) or began a new contract; new contract: begun 1 August–31 December of the cohort year.',
  })
  @Directive(RECORDS_REQUIRES)
  async supplyDemand(@Root() cohort: Cohort, @Arg('by', () => ReportBreakdown) by: ReportBreakdown, @Ctx() ctx: Context): Promise<SupplyDemandTable> {
    assertReports(ctx);
    if (by !== ReportBreakdown.CITY && by !== ReportBreakdown.DISTRICT) {
      throw new InvalidArgumentError('UNSUPPORTED_BREAKDOWN', 'supplyDemand is broken down by CITY or DISTRICT only', 'by');
    }
    return supplyDemandTable(await interestOf(cohort, ctx), cohort.year, by);
  }
}
