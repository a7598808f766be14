import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cohort } from '../entities/cohort.entity';
import { ReportingYear } from '../entities/reporting-year.entity';
import { assertReports } from '../reports/report-access';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortReportingYearResolver {
  @FieldResolver(() => ReportingYear, {
    description:
      'The reporting year the cohort left school in (its applicants\' BA year ends 30 September of it): the market-wide figures of the partners\' registers (EQI, ANR, LQneu) beside the panel\'s own.',
  })
  reportingYear(@Root() cohort: Cohort, @Ctx() ctx: Context): ReportingYear {
    assertReports(ctx);
    return { year: cohort.year };
  }
}
