import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear, HubError, InvalidArgumentError, LocalDate, PackedColumn, RECORDS_REQUIRES, aggregateScopes } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { membersOf, panelOnce } from '../reports/per-request';
import { panelExpiredOn } from '../reports/panel';
import { assertReports } from '../reports/report-access';
import { destinationTable, share, type DestinationRowData } from '../reports/destinations';
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
  panel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<string[]> {
    assertReports(ctx);
    return panelOnce(cohort, ctx);
  }

  @FieldResolver(() => Int, { description: 'Consenting members of the cohort\'s monitoring panel (the reports\' coverage).' })
  async panelSize(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<number> {
    assertReports(ctx);
    return (await panelOnce(cohort, ctx)).length;
  }

  @FieldResolver(() => DestinationTable, {
    description: 'Destination of the cohort at the cut-off (default 31 December of the leaving year): iABE sectors I–IV, other and unknown, with the direct transition rate.',
  })
  @Directive(RECORDS_REQUIRES)
  async destinations(
    @Root() cohort: Cohort,
    @Arg('by', () => ReportBreakdown) by: ReportBreakdown,
    @Arg('cutoff', () => LocalDate, { nullable: true }) cutoff: string | null,
    @Ctx() ctx: Context,
  ): Promise<DestinationTable> {
    assertReports(ctx);
    const at = cutoff ?? `${cohort.year}-12-31`;
    if (at < `${cohort.year}-01-01`) throw new InvalidArgumentError('INVALID_CUTOFF', 'the cut-off lies before the cohort left school', 'cutoff');
    const table = destinationTable(await membersOf(cohort, ctx), by, at);
    return { cohortYear: cohort.year, cutoff: at, rows: table.rows.map(toRow), total: toRow(table.total) };
  }
}
