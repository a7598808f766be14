import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { aggregateScopes, crossPartnerScopes } from '@kassel-hub/protocol';
import { assertMayReadAggregates } from '@kassel-hub/governance';
import { assertYear, HubError } from '@kassel-hub/kit';
import { ReportingYear } from '../entities/reporting-year.entity';
import { assertReports } from '../reports/report-access';
import { trainingMarket } from '../reports/training-market';
import { TrainingMarket } from '../reports/training-market.type';
import type { Context } from '../context';

/** What the municipality needs of the chambers' and the employment agency's figures; written once. */
const MARKET_REQUIRES =
  '@requires(fields: "newContracts { value suppressed } applicantMarket { applicants { value suppressed } placed { value suppressed } alternativeSearching { value suppressed } otherFormer { value suppressed } unplaced { value suppressed } unknown { value suppressed } unfilledPlaces { value suppressed } }")';

@Resolver(() => ReportingYear)
export class ReportingYearResolver {
  @Directive(aggregateScopes('municipality'))
  @Query(() => ReportingYear, { description: 'A reporting year of the training market, for the coordination office\'s market figures (EQI, ANR, LQneu). Analysts of the coordination office only.' })
  reportingYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): ReportingYear {
    assertReports(ctx);
    return { year: assertYear(year) };
  }

  @FieldResolver(() => TrainingMarket, { description: 'EQI, ANR and extended ANR of the reporting year (BIBB definitions), from the chambers\' and the employment agency\'s figures.' })
  @Directive(MARKET_REQUIRES)
  @Directive(crossPartnerScopes(['chambers', 'employment']))
  trainingMarket(@Root() year: ReportingYear, @Ctx() ctx: Context): TrainingMarket {
    // Both partners' figures: only a reader allowed to see each of them may see their ratios.
    assertMayReadAggregates(ctx.identity, 'chambers');
    assertMayReadAggregates(ctx.identity, 'employment');
    // The gateway fetched both before calling; missing means a partner failed, not "no market".
    if (!year.newContracts || !year.applicantMarket) throw new HubError('PARTNER_FIGURES_MISSING', 'the chambers\' or the employment agency\'s figures of the reporting year did not arrive');
    return trainingMarket(year.newContracts, year.applicantMarket);
  }
}
