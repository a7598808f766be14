import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { ReportBreakdown } from '../reports/breakdown';
import { destinationsAtDefault, interestOf } from '../reports/cohort-tables';
import { nonGermanShares } from '../reports/non-german';
import { NonGermanShares } from '../reports/non-german.type';
import { assertReports } from '../reports/report-access';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortNonGermanResolver {
  @FieldResolver(() => NonGermanShares, {
    description: 'Share of non-Germans among the cohort\'s leavers, its applicants for an apprenticeship and its members with a new training contract.',
  })
  @Directive(RECORDS_REQUIRES)
  async nonGermanShares(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<NonGermanShares> {
    assertReports(ctx);
    const [leavers, market] = await Promise.all([destinationsAtDefault(cohort, ctx, ReportBreakdown.NATIONALITY), interestOf(cohort, ctx)]);
    return nonGermanShares(leavers, market, cohort.year);
  }
}
