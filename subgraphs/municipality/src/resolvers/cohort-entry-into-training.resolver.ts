import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { InvalidArgumentError } from '@kassel-hub/kit';
import { RECORDS_REQUIRES } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { ReportBreakdown } from '../reports/breakdown';
import { interestOf } from '../reports/cohort-tables';
import { assertReports } from '../reports/report-access';
import { entryIntoTrainingTable } from '../reports/entry-into-training';
import { EntryIntoTrainingTable } from '../reports/entry-into-training.type';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortEntryIntoTrainingResolver {
  @FieldResolver(() => EntryIntoTrainingTable, {
    description:
      'EQI (Einmündungsquote der Ausbildungsinteressierten, BIBB) = new contracts ÷ (new contracts + applicants who did not enter training), and applicants unplaced or of unknown whereabouts on 30 September, by CITY or DISTRICT of residence, each row split by SGB II flag. Applicants: reporting year ending 30 September of the cohort year; new contract: begun 1 August–31 December of the cohort year.',
  })
  @Directive(RECORDS_REQUIRES)
  async entryIntoTraining(@Root() cohort: Cohort, @Arg('by', () => ReportBreakdown) by: ReportBreakdown, @Ctx() ctx: Context): Promise<EntryIntoTrainingTable> {
    assertReports(ctx);
    if (by !== ReportBreakdown.CITY && by !== ReportBreakdown.DISTRICT) {
      throw new InvalidArgumentError('UNSUPPORTED_BREAKDOWN', 'entryIntoTraining is broken down by CITY or DISTRICT only', 'by');
    }
    return entryIntoTrainingTable(await interestOf(cohort, ctx), cohort.year, by);
  }
}
