import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Directive } from 'type-graphql';
import { assertMayReadAggregates, sliceRows, unknownRowKeys } from '@kassel-hub/governance';
import { assertYear, InvalidArgumentError } from '@kassel-hub/kit';
import { aggregateScopes } from '@kassel-hub/protocol';
import { LeaverBreakdown } from '../entities/leaver-statistics/leaver-breakdown.enum';
import { LeaverTable } from '../entities/leaver-statistics/leaver-table.type';
import { LeaverTableRow } from '../entities/leaver-statistics/leaver-table-row.type';
import { School } from '../entities/school.entity';
import { countLeaversBySchoolAndQualification } from '../repositories/leaver-counts.repository';
import { protectLeaverTables, toLeaverTable } from '../statistics/leaver-tables';
import type { Context } from '../context';

@Resolver(() => LeaverTableRow)
export class LeaverStatisticsResolver {
  @Directive(aggregateScopes('schools'))
  @Query(() => LeaverTable, {
    description:
      'School leavers of a cohort by school or district and qualification, with disclosure control (threshold 3). For the coordination office\'s analysts and the schools themselves; anyone else gets FORBIDDEN.',
  })
  async leaverStatistics(
    @Arg('cohortYear', () => Int, { description: 'The leaving cohort (calendar year of leaving school).' }) cohortYear: number,
    @Arg('by', () => LeaverBreakdown, { description: 'Rows by school or by district.' }) by: LeaverBreakdown,
    @Arg('keys', () => [ID], {
      nullable: true,
      description: 'Only these rows (school numbers or district codes), cut from the full table: a row reads the same with or without this filter.',
    })
    keys: string[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<LeaverTable> {
    assertMayReadAggregates(ctx.identity, ctx.owner);
    assertYear(cohortYear, 'cohortYear');
    // Always the whole cohort and all schools: a filtered table would be suppressed differently.
    const tables = protectLeaverTables(await countLeaversBySchoolAndQualification(ctx.em, cohortYear));
    const full = by === LeaverBreakdown.SCHOOL ? tables.detail : tables.grouped;
    if (!keys) return toLeaverTable(full, by, cohortYear, tables.districtOf);
    const unknown = unknownRowKeys(full, keys);
    if (unknown.length > 0) {
      throw new InvalidArgumentError('UNKNOWN_ROW', `no ${by.toLowerCase()} rows ${unknown.slice(0, 5).join(', ').slice(0, 100)} in the table`, 'keys');
    }
    return toLeaverTable(sliceRows(full, keys), by, cohortYear, tables.districtOf);
  }

  @FieldResolver(() => School, { nullable: true, description: 'The school of a SCHOOL row; null for DISTRICT rows.' })
  school(@Root() row: LeaverTableRow, @Ctx() ctx: Context): Promise<School | null> | null {
    return row.schoolId ? ctx.loaders.school.load(row.schoolId) : null;
  }
}
