import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ImportExportArgs, ImportReport, importExport } from '@kassel-hub/import';
import { EmploymentExportKind, employmentExportKinds } from '../import/kinds';
import type { Context } from '../context';

@Resolver()
export class EmploymentImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports an extract of the employment agency\'s systems (";"-separated CSV, UTF-8 or Windows-1252). Rows are checked one by one; by default one invalid row rejects the file and nothing is written. Applicants are upserted on pseudonym and reporting year, vacancies on company, occupation and reporting year. Only the employment agency\'s systems and administrators.',
  })
  importEmploymentExport(
    @Arg('kind', () => EmploymentExportKind, { description: 'Which extract the file is.' }) kind: EmploymentExportKind,
    @Args(() => ImportExportArgs) args: ImportExportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importExport(ctx, employmentExportKinds.find((k) => k.name === kind)!, args);
  }
}
