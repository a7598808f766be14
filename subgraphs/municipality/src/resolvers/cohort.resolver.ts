import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear, HubError, LocalDate } from '@kassel-hub/kit';
import { PackedColumn, RECORDS_REQUIRES } from '@kassel-hub/governance';
import { aggregateScopes } from '@kassel-hub/protocol';
import { Cohort } from '../entities/cohort.entity';
import { panelOnce } from '../reports/per-request';
import { panelExpiredOn } from '../reports/panel';
import { rememberSent } from '../reports/sent-panels';
import { assertReports } from '../reports/report-access';
import { share, type DestinationRowData } from '../reports/destinations';
import { assertCutoff } from '../reports/destination-cutoffs';
import { destinationsOf } from '../reports/cohort-tables';
import { ReportBreakdown } from '../reports/breakdown';
import { DestinationRow, DestinationTable } from '../reports/destinations.type';
import type { Context } from '../context';

const toRow = (r: DestinationRowData): DestinationRow => ({
  key: r.key,
  label: r.label,
  apprenticeship: r.cells.APPRENTICESHIP,
  transitionSystem: r.cells.TRANSITION_SYSTEM,
  furtherSchool: r.cells.FURTHER_SCHOOL,
  university: r.cells.UNIVERSITY,
  other: r.cells.OTHER,
  unknown: r.cells.UNKNOWN,
  total: r.total,
  directTransitionRate: share(r.cells.APPRENTICESHIP, r.total),
});

@Resolver(() => Cohort)
export class CohortResolver {
  @Directive(aggregateScopes('municipality'))
  @Query(() => Cohort, {
    nullable: true,
    description:
      'A leaving cohort, for the coordination office\'s reports. Analysts of the coordination office only. A cohort whose MONITORING consents have all expired (they run ten years) is no longer reportable: null, with an error coded COHORT_EXPIRED that names the day they ran out.',
  })
  async cohort(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Cohort> {
    assertReports(ctx);
    const expiredOn = await panelExpiredOn(assertYear(year), ctx);
    if (expiredOn !== null) {
      throw new HubError(
        'COHORT_EXPIRED',
        `cohort ${year} is no longer reportable: the MONITORING consents of its leavers expired (the last on ${expiredOn}), so its panel is empty and its reports would count no one`,
      );
    }
    return { year };
  }

  @FieldResolver(() => PackedColumn, { nullable: true, description: 'Pseudonyms of the monitoring panel, packed; only ever sent to the partners computing the reports.' })
  @Directive('@inaccessible')
  async panel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<string[]> {
    assertReports(ctx);
    const panel = await panelOnce(cohort, ctx);
    rememberSent(ctx, cohort.year, panel);
    return panel;
  }

  @FieldResolver(() => Int, { description: 'Consenting members of the cohort\'s monitoring panel (the reports\' coverage).' })
  async panelSize(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<number> {
    assertReports(ctx);
    return (await panelOnce(cohort, ctx)).length;
  }

  @FieldResolver(() => DestinationTable, {
    description:
      'Destination of the cohort at a cut-off: iABE sectors I–IV, other and unknown, with the direct transition rate. Cut-offs (cutoff): YYYY-09-30 or YYYY-12-31 (the default) of the leaving year YYYY, or 30 June of the next year; any other day is refused with INVALID_CUTOFF. The three tables of a breakdown are protected together: no hidden count can be recomputed from them, and no count shown in two of them differs by 1 or 2 (that would single out the one or two people whose destination changed in between).',
  })
  @Directive(RECORDS_REQUIRES)
  async destinations(
    @Root() cohort: Cohort,
    @Arg('by', () => ReportBreakdown) by: ReportBreakdown,
    @Arg('cutoff', () => LocalDate, { nullable: true }) cutoff: string | null,
    @Ctx() ctx: Context,
  ): Promise<DestinationTable> {
    assertReports(ctx);
    const at = assertCutoff(cohort.year, cutoff);
    const table = (await destinationsOf(cohort, ctx, by)).get(at)!;
    return { cohortYear: cohort.year, cutoff: at, rows: table.rows.map(toRow), total: toRow(table.total) };
  }
}
