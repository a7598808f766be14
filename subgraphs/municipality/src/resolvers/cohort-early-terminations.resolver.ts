import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { contractsOf } from '../reports/cohort-tables';
import { earlyTerminationReport } from '../reports/early-terminations';
import { EarlyTerminationReport } from '../reports/early-terminations.type';
import { assertReports } from '../reports/report-access';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortEarlyTerminationsResolver {
  @FieldResolver(() => EarlyTerminationReport, {
    description:
      'Pooled cohort early-termination rate of the panel members\' training contracts (layers: start years t; rate Σ_t L_t ÷ Σ_t B_t), by occupation group and school qualification, and re-entry into training within 12 months of a first contract ending early (rate over closed windows). BIBB\'s LQneu of the register: `reportingYear.earlyTerminationRate`.',
  })
  @Directive(RECORDS_REQUIRES)
  async earlyTerminations(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<EarlyTerminationReport> {
    assertReports(ctx);
    return earlyTerminationReport(await contractsOf(cohort, ctx), cohort.year);
  }
}
