import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ImportExportArgs, ImportReport, importExport } from '@kassel-hub/import';
import { SchoolsExportKind, schoolsExportKinds } from '../import/kinds';
import type { Context } from '../context';

@Resolver()
export class SchoolsImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports an export of the school administration software (";"-separated CSV, UTF-8 or Windows-1252). Rows are checked one by one; by default one invalid row rejects the file and nothing is written. Schools are upserted on their number, pupils\' records on pseudonym and leaving year. Only the schools\' systems and administrators.',
  })
  importSchoolsExport(
    @Arg('kind', () => SchoolsExportKind, { description: 'Which export the file is.' }) kind: SchoolsExportKind,
    @Args(() => ImportExportArgs) args: ImportExportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importExport(ctx, schoolsExportKinds.find((k) => k.name === kind)!, args);
  }
}
