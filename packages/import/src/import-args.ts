import { ArgsType, Field } from 'type-graphql';
import type { SubgraphContext } from '@kassel-hub/kit';
import { auditActor } from '@kassel-hub/governance';
import { InvalidArgumentError } from '@kassel-hub/kit';
import { ExportEncoding } from './encoding';
import type { AnyExportKind } from './export-kind';
import { importReport, type ImportReport } from './import-report.type';
import { runImport } from './run-import';
import { IMPORT_ROLES, assertMayWrite } from './write-access';

/** Arguments every partner's import mutation takes besides the export kind. */
@ArgsType()
export class ImportExportArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The file as text (a GraphQL string is Unicode, so no encoding applies). Give either content or contentBase64.',
  })
  content?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The file\'s bytes, base64-encoded: the way to send a Windows-1252 file unchanged. Give either content or contentBase64.',
  })
  contentBase64?: string | null;

  @Field(() => ExportEncoding, {
    nullable: true,
    description: 'Encoding of contentBase64. Omitted: a UTF-8 byte order mark means UTF-8, valid UTF-8 means UTF-8, anything else Windows-1252.',
  })
  encoding?: ExportEncoding | null;

  @Field(() => String, { nullable: true, description: 'The file\'s name, for the report and the audit trail (at most 200 characters).' })
  fileName?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every row and report the counts, but write nothing.' })
  dryRun!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Write the valid rows even if some rows are invalid (those are reported as rejected). By default one invalid row rejects the whole file.',
  })
  skipInvalidRows!: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes and stated encoding from the mutation's arguments; checked before anything runs. */
function fileOf(args: ImportExportArgs): { bytes: Buffer; encoding: ExportEncoding | null } {
  const hasText = args.content != null;
  const hasBytes = args.contentBase64 != null;
  if (hasText === hasBytes) throw new InvalidArgumentError('CONTENT_REQUIRED', 'give the file either as content (text) or as contentBase64 (bytes), not both', 'content');
  if (hasText) {
    if (args.encoding === ExportEncoding.WINDOWS_1252) {
      throw new InvalidArgumentError('ENCODING_NOT_APPLICABLE', 'text content is Unicode already; send a Windows-1252 file\'s bytes as contentBase64', 'encoding');
    }
    return { bytes: Buffer.from(args.content!, 'utf8'), encoding: ExportEncoding.UTF8 };
  }
  const compact = args.contentBase64!.replace(/\s/g, '');
  if (!BASE64.test(compact)) throw new InvalidArgumentError('INVALID_BASE64', 'contentBase64 is not base64', 'contentBase64');
  return { bytes: Buffer.from(compact, 'base64'), encoding: args.encoding ?? null };
}

/**
 * The whole of a partner's import mutation: only the owner's systems and administrators, the
 * same `runImport` as the CLI, the result as an ImportReport. Rows with errors are reported in
 * the result, not as GraphQL errors: a rejected file is an answer, not a failure.
 */
export async function importExport(ctx: SubgraphContext<unknown>, kind: AnyExportKind, args: ImportExportArgs): Promise<ImportReport> {
  assertMayWrite(ctx.identity, ctx.owner, IMPORT_ROLES, `import ${ctx.owner} exports`);
  const { bytes, encoding } = fileOf(args);
  const fileName = args.fileName?.trim() || `${kind.name}.csv`;
  if (fileName.length > 200) throw new InvalidArgumentError('INVALID_FILE_NAME', 'fileName may have at most 200 characters', 'fileName');
  const result = await runImport(ctx.em, kind, { bytes, fileName, encoding, dryRun: args.dryRun, skipInvalidRows: args.skipInvalidRows }, auditActor(ctx.identity));
  ctx.logger.info('import', { requestId: ctx.requestId, kind: kind.name, status: result.status, rows: result.rows, ms: result.durationMs });
  return importReport(result);
}
