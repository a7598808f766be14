import { Arg, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { membersOf, once } from '../reports/per-request';
import { assertReports, assertTransitionManager } from '../reports/report-access';
import { assertWindow, protectUnknownToAll, unknownToAllReport } from '../reports/unknown-to-all';
import { UnknownToAllReport } from '../reports/unknown-to-all.type';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortUnknownToAllResolver {
  @FieldResolver(() => UnknownToAllReport, {
    description: 'Panel members known to no partner 3, 6 or 12 months after leaving school ("no one gets lost"): a count for the coordination office, and their pseudonyms for the city\'s transition managers where consent allows.',
  })
  @Directive(RECORDS_REQUIRES)
  async unknownToAll(
    @Root() cohort: Cohort,
    @Arg('monthsAfterLeaving', () => Int, { defaultValue: 6, description: 'Months after each member\'s leaving date: 3, 6 or 12.' }) months: number,
    @Ctx() ctx: Context,
  ): Promise<UnknownToAllReport> {
    assertReports(ctx);
    assertWindow(months);
    const u = await once(cohort, 'unknown-to-all', async () => protectUnknownToAll(await membersOf(cohort, ctx)));
    return unknownToAllReport(u, cohort.year, months);
  }
}

@Resolver(() => UnknownToAllReport)
export class UnknownToAllListResolver {
  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Pseudonyms of the members counted, for the city\'s transition managers (municipality caseworkers) only, and only of those whose TRANSITION_SUPPORT consent is in force today (the consent under which the managers follow them up). Everyone else gets null with FORBIDDEN; the count is delivered regardless.',
  })
  async pseudonyms(@Root() report: UnknownToAllReport, @Ctx() ctx: Context): Promise<string[]> {
    assertTransitionManager(ctx);
    const consents = await ctx.loaders.validConsentsByPseudonym.loadMany(report.unknown);
    return report.unknown.filter((_, i) => {
      const list = consents[i];
      if (list instanceof Error) throw list;
      return list.some((c) => c.purpose === 'TRANSITION_SUPPORT');
    });
  }
}
