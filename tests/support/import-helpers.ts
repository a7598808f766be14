import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { buildSamples, encodeCsv, generate, samplePath, SAMPLE_WORLD, type ExportFileEncoding, type ExportTable, type SampleExport } from '@kassel-hub/datagen';
import type { Identity } from '@kassel-hub/protocol';
import type { TestSubgraph } from './subgraph';
import { manifestByName } from '@kassel-hub/registry';

/*
 * Shared by the import tests of every partner: the committed sample files with what importing
 * them must do, the import mutation of each partner, and a look into the owner's audit trail.
 */

export const samplesRoot = resolve(__dirname, '../../samples');

let samples: SampleExport[] | undefined;
/** The sample exports as the generator describes them (with the expected counts). */
export function sampleOf(partner: string, kind: string): SampleExport {
  samples ??= buildSamples(generate(SAMPLE_WORLD));
  return samples.find((s) => s.partner === partner && s.kind === kind)!;
}

/** The committed sample file's bytes. */
export const sampleBytes = (partner: string, kind: string) => readFileSync(resolve(samplesRoot, samplePath({ partner: partner as never, kind })));

/** A copy of a sample table with `edit` applied to its rows (for files with one bad row and the like). */
export function editedTable(table: ExportTable, edit: (rows: string[][]) => void): ExportTable {
  const rows = table.rows.map((r) => [...r]);
  edit(rows);
  return { header: [...table.header], rows };
}

export const encode = (table: ExportTable, encoding: ExportFileEncoding) => encodeCsv(table, encoding);

/** The import mutation of a partner, asking for the whole report (`import<Partner>Export`, whose kinds are `<Partner>ExportKind`). */
export function importMutation(partner: string): string {
  const capitalized = manifestByName(partner).name.replace(/^./, (c) => c.toUpperCase());
  const [field, kindEnum] = [`import${capitalized}Export`, `${capitalized}ExportKind`];
  return `mutation ($kind: ${kindEnum}!, $content: String, $contentBase64: String, $encoding: ExportEncoding, $fileName: String, $dryRun: Boolean! = false, $skip: Boolean! = false) {
    report: ${field}(kind: $kind, content: $content, contentBase64: $contentBase64, encoding: $encoding, fileName: $fileName, dryRun: $dryRun, skipInvalidRows: $skip) {
      kind fileName status encoding sha256 rows inserted updated unchanged rejected errorCount ignoredColumns auditEntryId
      errors { line column value code reason }
    }
  }`;
}

/** The GraphQL enum value of an export kind name (`leaving-results` → `LEAVING_RESULTS`). */
export const kindEnum = (kind: string) => kind.toUpperCase().replace(/-/g, '_');

/** A partner's import system, the identity partner systems call the import mutation with. */
export const systemOf = (partner: Identity['partner'], overrides: Partial<Identity> = {}): Identity => ({
  sub: `${partner}-import-system`,
  partner,
  roles: ['system'],
  purpose: null,
  caseRef: null,
  ...overrides,
});

export interface ImportOptions {
  identity?: Identity;
  dryRun?: boolean;
  skip?: boolean;
  encoding?: 'UTF8' | 'WINDOWS_1252';
  fileName?: string;
}

/** Sends a file's bytes through the partner's import mutation (base64, as a partner system would). */
export async function importBytes(sg: TestSubgraph, partner: Identity['partner'], kind: string, bytes: Buffer, o: ImportOptions = {}) {
  const { body } = await sg.query(
    importMutation(partner),
    { kind: kindEnum(kind), contentBase64: bytes.toString('base64'), encoding: o.encoding, fileName: o.fileName ?? `${kind}.csv`, dryRun: o.dryRun ?? false, skip: o.skip ?? false },
    o.identity ?? systemOf(partner),
  );
  return body;
}

/** Like importBytes, but expects a report and returns it. */
export async function importReport(sg: TestSubgraph, partner: Identity['partner'], kind: string, bytes: Buffer, o: ImportOptions = {}) {
  const body = await importBytes(sg, partner, kind, bytes, o);
  expect(body.errors).toBeUndefined();
  return body.data.report;
}

export interface AuditRow {
  id: number;
  action: string;
  user: string;
  partner: string;
  pseudonym: string | null;
  fields: string[];
  detail: Record<string, any> | null;
}

/** The owner's audit entries of one action, oldest first. */
export async function auditEntries(sg: TestSubgraph, action: 'IMPORT' | 'CHANGE'): Promise<AuditRow[]> {
  const rows = await sg.subgraph.orm.em.fork().execute<AuditRow[]>(
    'select id::int as id, action, "user", partner, pseudonym, fields, detail from audit_entry where action = ? order by id',
    [action],
  );
  return rows;
}

/** Runs SQL on the subgraph's database (to compare table contents before and after). */
export const sql = <T = Record<string, unknown>>(sg: TestSubgraph, query: string, params: unknown[] = []) =>
  sg.subgraph.orm.em.fork().execute<T[]>(query, params);

/** A fingerprint of a whole table, to prove that a refused import changed nothing. */
export async function tableFingerprint(sg: TestSubgraph, table: string): Promise<string> {
  const [row] = await sql<{ f: string }>(sg, `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as f from ${table} t`);
  return row!.f;
}
