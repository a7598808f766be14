import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { aggregateScopes } from '@kassel-hub/protocol';
import { ApplicantMarket, assertMayReadAggregates } from '@kassel-hub/governance';
import { ReportingYear } from '../entities/reporting-year.entity';
import { applicantMarket } from '../market/applicant-market';
import type { Context } from '../context';

@Resolver(() => ReportingYear)
export class ReportingYearEmploymentResolver {
  @FieldResolver(() => ApplicantMarket, {
    description: 'Applicants of the reporting year by status on 30 September and the reported apprenticeship places (BA Ausbildungsmarktstatistik), for the whole register, not only a panel.',
  })
  @Directive(aggregateScopes('employment'))
  applicantMarket(@Root() year: ReportingYear, @Ctx() ctx: Context): Promise<ApplicantMarket> {
    assertMayReadAggregates(ctx.identity, ctx.owner);
    return applicantMarket(ctx.em, year.year);
  }
}
