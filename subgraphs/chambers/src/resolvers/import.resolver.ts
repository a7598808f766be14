import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ImportExportArgs, ImportReport, importExport } from '@kassel-hub/import';
import { ChambersExportKind, chambersExportKinds } from '../import/kinds';
import type { Context } from '../context';

@Resolver()
export class ChambersImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports an export of the chambers\' registers (";"-separated CSV, UTF-8 or Windows-1252). Rows are checked one by one; by default one invalid row rejects the file and nothing is written. Occupations are upserted on the KldB code, companies on their number, entitlements on company and occupation, contracts and terminations on the register number. Only the chambers\' systems and administrators.',
  })
  importChambersExport(
    @Arg('kind', () => ChambersExportKind, { description: 'Which export the file is.' }) kind: ChambersExportKind,
    @Args(() => ImportExportArgs) args: ImportExportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importExport(ctx, chambersExportKinds.find((k) => k.name === kind)!, args);
  }
}
