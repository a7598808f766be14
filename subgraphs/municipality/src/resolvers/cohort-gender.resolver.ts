import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { contractsOf } from '../reports/cohort-tables';
import { genderSegregationReport } from '../reports/gender-segregation';
import { GenderSegregationReport } from '../reports/gender-segregation.type';
import { membersOf } from '../reports/per-request';
import { assertReports } from '../reports/report-access';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortGenderResolver {
  @FieldResolver(() => GenderSegregationReport, {
    description:
      'Female share per occupation among the cohort\'s training contracts vs. its occupational wishes at guidance, with Duncan\'s dissimilarity index D = ½ Σ |f_i/F − m_i/M| for contracts, for wishes, and for the contracts of members with and without a transition-manager case.',
  })
  @Directive(RECORDS_REQUIRES)
  async genderSegregation(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<GenderSegregationReport> {
    assertReports(ctx);
    const [members, contracts] = await Promise.all([membersOf(cohort, ctx), contractsOf(cohort, ctx)]);
    return genderSegregationReport(members, contracts, cohort.year);
  }
}
