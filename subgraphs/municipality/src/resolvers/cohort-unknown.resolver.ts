import { Arg, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { membersOf, once } from '../reports/per-request';
import { assertReports } from '../reports/report-access';
import { followUpList } from '../reports/follow-up-list';
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
      'The follow-up list, for transition managers only (city caseworkers whose staff handle is registered): the members counted who left the manager\'s school, have no open case and have a TRANSITION_SUPPORT consent in force; anyone else gets null with FORBIDDEN (the count still arrives).',
  })
  pseudonyms(@Root() report: UnknownToAllReport, @Ctx() ctx: Context): Promise<string[]> {
    return followUpList(ctx, report.unknown);
  }
}
