import 'reflect-metadata';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { errorReportCsv, ExportEncoding, ImportStatus, runImport, type AnyExportKind, type ImportResult } from '@kassel-hub/import';
import { ormOptions, readEnv } from '@kassel-hub/kit';
import { manifests, partnerChoices, subgraphByName } from '@kassel-hub/registry';
import { connectionEnv, partnerDatabaseUrl, UsageError } from './partner-connection';

/**
 * `npm run import -- --partner <name> --kind <kind> --file <path> [--dry-run] [--encoding utf8|windows-1252]
 * [--skip-invalid]`: imports a partner's export file straight into its database, with the same
 * code the subgraph's import mutation runs. Prints progress every 5,000 rows, a summary, and the
 * problems found; writes them all to `<file>.errors.csv`. Exit code 0: imported (or checked, with
 * --dry-run); 1: rejected or failed; 2: wrong usage.
 */
const USAGE = `usage: npm run import -- --partner <${partnerChoices()}> --kind <kind> --file <path> [--dry-run] [--encoding utf8|windows-1252] [--skip-invalid]`;

/** The export kinds each partner's manifest declares. */
export const exportKinds: Record<string, readonly AnyExportKind[]> = Object.fromEntries(manifests.map((m) => [m.name, m.exportKinds]));



function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      partner: { type: 'string' },
      kind: { type: 'string' },
      file: { type: 'string' },
      encoding: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
    },
  });
  const kinds = values.partner ? exportKinds[values.partner] : undefined;
  if (!kinds) throw new UsageError(`--partner must name a partner: ${Object.keys(exportKinds).join(', ')}\n${USAGE}`);
  const kind = kinds.find((k) => k.name === values.kind);
  if (!kind) throw new UsageError(`--kind must name an export of ${values.partner}: ${kinds.map((k) => k.name).join(', ')}\n${USAGE}`);
  if (!values.file) throw new UsageError(`--file is required\n${USAGE}`);
  const encodings: Record<string, ExportEncoding> = { utf8: ExportEncoding.UTF8, 'utf-8': ExportEncoding.UTF8, 'windows-1252': ExportEncoding.WINDOWS_1252, cp1252: ExportEncoding.WINDOWS_1252 };
  if (values.encoding !== undefined && !encodings[values.encoding.toLowerCase()]) throw new UsageError(`--encoding must be utf8 or windows-1252\n${USAGE}`);
  return {
    partner: values.partner!,
    kind,
    file: values.file,
    encoding: values.encoding ? encodings[values.encoding.toLowerCase()]! : null,
    dryRun: values['dry-run']!,
    skipInvalid: values['skip-invalid']!,
  };
}

const n = (x: number) => x.toLocaleString('en-US');

function summary(partner: string, file: string, r: ImportResult, reportFile: string | null): string[] {
  const lines: string[] = [];
  const head = `${partner} ${r.kind}: ${file} (${r.encoding ?? 'undecodable'}, sha256 ${r.sha256.slice(0, 16)}…)`;
  const counts = `${n(r.inserted)} inserted, ${n(r.updated)} updated, ${n(r.unchanged)} unchanged, ${n(r.rejected)} rejected`;
  const speed = `${(r.durationMs / 1000).toFixed(1)} s, ${n(Math.round(r.rows / Math.max(r.durationMs / 1000, 0.001)))} rows/s`;
  if (r.status === ImportStatus.IMPORTED) lines.push(`✓ ${head}`, `  ${n(r.rows)} rows: ${counts} (${speed})`, `  recorded as IMPORT entry #${r.auditEntryId} in the ${partner} audit trail`);
  else if (r.status === ImportStatus.DRY_RUN) lines.push(`✓ ${head}`, `  dry run, nothing written. ${n(r.rows)} rows would be: ${counts} (${speed})`);
  else lines.push(`✗ ${head}`, `  REJECTED, nothing written: ${n(r.rejected)} of ${n(r.rows)} rows invalid, ${n(r.errors.length)} problem${r.errors.length === 1 ? '' : 's'}`);
  if (r.ignoredColumns.length) lines.push(`  ignored columns: ${r.ignoredColumns.join(', ')}`);
  for (const e of r.errors.slice(0, 20)) {
    lines.push(`  line ${e.line}${e.column ? `, column "${e.column}"` : ''}${e.value !== null ? `, value "${e.value}"` : ''}: ${e.reason} [${e.code}]`);
  }
  if (r.errors.length > 20) lines.push(`  … and ${n(r.errors.length - 20)} more`);
  if (reportFile) lines.push(`  error report: ${reportFile}`);
  return lines;
}

/** The command, callable in-process (tests); returns the exit code. */
export async function runImportCommand(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out((e as Error).message);
      return 2;
    }
    throw e;
  }
  const config = readEnv('npm run import', connectionEnv, env);
  if (!existsSync(args.file)) {
    out(`no such file: ${args.file}`);
    return 1;
  }
  const bytes = readFileSync(args.file);
  const def = subgraphByName(args.partner);
  const { url, where } = partnerDatabaseUrl(config, args.partner);
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, entities: def.entities, migrations: def.migrations, extensions: def.extensions }), pool: { min: 0, max: 2 } });
  try {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(`cannot connect to the ${args.partner} database via ${where}: ${connection.reason}`);
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length) {
      throw new Error(`the ${args.partner} database lacks ${pending.length} migration(s) (${pending.map((m) => m.name).join(', ')}): run "npm run migrate -- --partner ${args.partner}" (or start its subgraph once) so that they run`);
    }
    const actor = { user: `cli:${userInfo().username}`, partner: args.partner, roles: ['system'] };
    const result = await runImport(
      orm.em.fork(),
      args.kind,
      {
        bytes,
        fileName: basename(args.file),
        encoding: args.encoding,
        dryRun: args.dryRun,
        skipInvalidRows: args.skipInvalid,
        onProgress: (p) => out(`  ${n(p.done)} of ${n(p.total)} rows ${p.phase}`),
      },
      actor,
    );
    // The report sits beside the file; a stale one from an earlier run would mislead, so it goes.
    const reportFile = `${args.file}.errors.csv`;
    if (result.errors.length) writeFileSync(reportFile, errorReportCsv(result.errors));
    else if (existsSync(reportFile)) rmSync(reportFile);
    summary(args.partner, args.file, result, result.errors.length ? reportFile : null).forEach(out);
    return result.status === ImportStatus.REJECTED ? 1 : 0;
  } finally {
    await orm.close(true);
  }
}

if (require.main === module) {
  runImportCommand(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  );
}
