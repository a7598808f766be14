import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ImportExportArgs, ImportReport, importExport } from '@kassel-hub/import';
import { YouthwelfareExportKind, youthWelfareExportKinds } from '../import/kinds';
import type { Context } from '../context';

@Resolver()
export class YouthWelfareImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports an export of the youth welfare office\'s case software (";"-separated CSV, UTF-8 or Windows-1252). Rows are checked one by one; by default one invalid row rejects the file and nothing is written. Participations are upserted on their number. Only the office\'s systems and administrators.',
  })
  importYouthwelfareExport(
    @Arg('kind', () => YouthwelfareExportKind, { description: 'Which export the file is.' }) kind: YouthwelfareExportKind,
    @Args(() => ImportExportArgs) args: ImportExportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importExport(ctx, youthWelfareExportKinds.find((k) => k.name === kind)!, args);
  }
}
