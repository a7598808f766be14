import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { aggregateScopes } from '@kassel-hub/protocol';
import { assertMayReadAggregates, CountCell } from '@kassel-hub/governance';
import { ReportingYear } from '../entities/reporting-year.entity';
import { LayerModelRate } from '../entities/layer-model-rate.type';
import { layerModelRate, newContractsOfReportingYear } from '../market/layer-model';
import type { Context } from '../context';

/** The data's reference date: "terminated in R so far" and whether R is complete are measured against it. */
const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => ReportingYear)
export class ReportingYearChambersResolver {
  @FieldResolver(() => LayerModelRate, {
    description: 'The early-termination rate LQneu (BIBB layer model) of calendar year R = year, from the chambers\' whole register.',
  })
  @Directive(aggregateScopes('chambers'))
  earlyTerminationRate(@Root() year: ReportingYear, @Ctx() ctx: Context): Promise<LayerModelRate> {
    assertMayReadAggregates(ctx.identity, ctx.owner);
    return layerModelRate(ctx.em, year.year, today());
  }

  @FieldResolver(() => CountCell, {
    description:
      'New training contracts of the BA reporting year (begun 1 October of the previous year to 30 September, not terminated by 30 September), from the whole register: the Neuabschlüsse in BIBB\'s EQI and ANR.',
  })
  @Directive(aggregateScopes('chambers'))
  newContracts(@Root() year: ReportingYear, @Ctx() ctx: Context): Promise<CountCell> {
    assertMayReadAggregates(ctx.identity, ctx.owner);
    return newContractsOfReportingYear(ctx.em, year.year) as Promise<CountCell>;
  }
}
