import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ImportExportArgs, ImportReport, importExport } from '@kassel-hub/import';
import { MunicipalityExportKind, municipalityExportKinds } from '../import/kinds';
import type { Context } from '../context';

@Resolver()
export class MunicipalityImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports an export of the city\'s systems, the statistics office\'s district table or the case system\'s cases (";"-separated CSV, UTF-8 or Windows-1252). Rows are checked one by one; by default one invalid row rejects the file and nothing is written. Districts are upserted on the district code, cases on the case number. Only the city\'s systems and administrators.',
  })
  importMunicipalityExport(
    @Arg('kind', () => MunicipalityExportKind, { description: 'Which export the file is.' }) kind: MunicipalityExportKind,
    @Args(() => ImportExportArgs) args: ImportExportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importExport(ctx, municipalityExportKinds.find((k) => k.name === kind)!, args);
  }
}
