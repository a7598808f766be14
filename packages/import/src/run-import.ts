import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@kassel-hub/governance';
import { AuditAction } from '@kassel-hub/governance';
import type { AuditActor } from '@kassel-hub/governance';
import { readTable, type ParsedRow } from './columns';
import { readCsvRecords } from './csv-reader';
import { decodeExport, type ExportEncoding } from './encoding';
import type { AnyExportKind, Fail, ImportContext } from './export-kind';
import { ImportStatus, type ImportProgress, type ImportResult } from './import-result';
import { ExportFileError, reportedValue, type RowError } from './row-error';
import { holdsValues, insertRecords, loadStored, naturalKey, tableShape, updateRecords } from './upsert';

export interface ImportRequest {
  /** The file exactly as the partner's system wrote it. */
  bytes: Uint8Array;
  fileName: string;
  /** Overrides the detection (see decodeExport). */
  encoding?: ExportEncoding | null;
  /** Check and count, write nothing. */
  dryRun?: boolean;
  /** Write the valid rows of a file with invalid ones; by default one invalid row rejects the file. */
  skipInvalidRows?: boolean;
  onProgress?(progress: ImportProgress): void;
  /** The import's "today"; the caller's clock by default. */
  today?: string;
}

/** Progress is reported at every multiple of this many rows, and at the end of each phase. */
export const PROGRESS_EVERY = 5000;

/** Advisory lock class of imports; the second key is the export kind, so different kinds run in parallel. */
const IMPORT_LOCK_CLASS = 0x696d70; // "imp"

type Row = Record<string, unknown>;

/** Calls `report` whenever `done` passes a multiple of PROGRESS_EVERY, and at `total`. */
function progressOf(phase: ImportProgress['phase'], total: number, report?: (p: ImportProgress) => void) {
  let last = 0;
  return (done: number) => {
    if (!report) return;
    if (Math.floor(done / PROGRESS_EVERY) > Math.floor(last / PROGRESS_EVERY) || (done === total && last !== total)) report({ phase, done, total });
    last = done;
  };
}

/**
 * Imports one partner export: decode, read, check every row, then, in one transaction, upsert
 * the records on the partner's natural key and append one IMPORT entry to the owner's audit
 * trail. One invalid row rejects the whole file unless `skipInvalidRows`; a rejected file or a
 * dry run writes nothing, not even an audit entry. The CLI and the GraphQL mutation both call
 * this, so a file imports the same way through either.
 */
export async function runImport(em: EntityManager, kind: AnyExportKind, request: ImportRequest, actor: AuditActor): Promise<ImportResult> {
  const started = Date.now();
  const ctx: ImportContext = { today: request.today ?? new Date().toISOString().slice(0, 10) };
  const errors: RowError[] = [];
  const result: ImportResult = {
    kind: kind.name,
    fileName: request.fileName,
    status: ImportStatus.REJECTED,
    encoding: null,
    sha256: createHash('sha256').update(request.bytes).digest('hex'),
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors,
    ignoredColumns: [],
    auditEntryId: null,
    durationMs: 0,
  };
  const finish = (status: ImportStatus) => {
    // Stable: within a line, errors keep the order of the columns and checks that found them.
    errors.sort((a, b) => a.line - b.line);
    result.status = status;
    result.durationMs = Date.now() - started;
    return result;
  };

  let rows: ParsedRow<Row>[];
  let headerOf: Map<string, string>;
  try {
    const decoded = decodeExport(request.bytes, request.encoding);
    result.encoding = decoded.encoding;
    const records = readCsvRecords(decoded.text);
    result.rows = Math.max(records.length - 1, 0);
    const table = readTable<Row>(records, kind.columns, errors, progressOf('checked', result.rows, request.onProgress));
    ({ rows, headerOf } = table);
    result.ignoredColumns = table.ignored;
  } catch (e) {
    if (!(e instanceof ExportFileError)) throw e;
    errors.push(e.toRowError());
    result.rejected = result.rows;
    return finish(ImportStatus.REJECTED);
  }

  const failFor =
    (parsed: ParsedRow<Row>): Fail<Row> =>
    (field, code, reason) => {
      const column = field ? (headerOf.get(field) ?? kind.columns.find((c) => c.field === field)?.header ?? field) : null;
      const value = field ? reportedValue(parsed.raw.get(field) || null) : null;
      errors.push({ line: parsed.line, column, value, code, reason });
      parsed.valid = false;
    };

  // Checks within a row, then duplicates of the natural key inside the file.
  for (const parsed of rows) if (parsed.valid) kind.checkRow?.(parsed.row, failFor(parsed), ctx);
  const firstLine = new Map<string, number>();
  for (const parsed of rows) {
    if (!parsed.valid) continue;
    const key = naturalKey(parsed.row, kind.key);
    const earlier = firstLine.get(key);
    if (earlier === undefined) {
      firstLine.set(key, parsed.line);
      continue;
    }
    const headers = kind.key.map((f) => headerOf.get(f) ?? f);
    errors.push({
      line: parsed.line,
      column: headers.join(' + '),
      value: reportedValue(kind.key.map((f) => parsed.raw.get(f) ?? '').join(' + ')),
      code: 'DUPLICATE_ROW',
      reason: `the same ${headers.join(' and ')} as line ${earlier}: each record may appear once per file`,
    });
    parsed.valid = false;
  }

  const shape = tableShape(em, kind.target.entity);
  return em.fork().transactional(async (tx) => {
    // One import per kind at a time: two deliveries of the same file never both insert.
    await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [IMPORT_LOCK_CLASS, kind.name]);
    const refs = kind.loadReferences ? await kind.loadReferences(tx, rows.filter((r) => r.valid).map((r) => r.row)) : undefined;
    if (kind.checkReferences) for (const parsed of rows) if (parsed.valid) kind.checkReferences(parsed.row, refs, failFor(parsed), ctx);

    // Checks against the stored records, then the diff of what is left valid.
    const records = new Map<ParsedRow<Row>, Row>();
    for (const parsed of rows) if (parsed.valid) records.set(parsed, kind.target.record(parsed.row, refs));
    const stored = await loadStored(tx, shape, kind.key, [...records.values()]);
    for (const [parsed, record] of records) {
      const existing = stored.get(naturalKey(record, kind.key));
      if (existing) kind.target.checkStored?.(existing, parsed.row, failFor(parsed), ctx);
      else if (!kind.target.create) failFor(parsed)(kind.target.missing!.field, kind.target.missing!.code, kind.target.missing!.reason);
    }
    result.rejected = rows.filter((r) => !r.valid).length;
    if (errors.length > 0 && !request.skipInvalidRows) return finish(ImportStatus.REJECTED);

    const inserts: Row[] = [];
    const updates: Row[] = [];
    for (const [parsed, record] of records) {
      if (!parsed.valid) continue;
      const existing = stored.get(naturalKey(record, kind.key));
      if (!existing) {
        inserts.push({ ...kind.target.create!(parsed.row), ...record });
        result.inserted += 1;
      } else if (holdsValues(existing, record, kind.target.managed)) {
        result.unchanged += 1;
      } else {
        updates.push({ ...record, ...Object.fromEntries(shape.primaryKey.map((p) => [p, existing[p]])) });
        if (kind.target.absent?.(existing)) result.inserted += 1;
        else result.updated += 1;
      }
    }
    if (request.dryRun) return finish(ImportStatus.DRY_RUN);

    if (kind.target.beforeWrite && inserts.length + updates.length > 0) await kind.target.beforeWrite(tx, [...inserts, ...updates]);
    const written = progressOf('written', inserts.length + updates.length, request.onProgress);
    await insertRecords(tx, shape, inserts, written);
    await updateRecords(tx, shape, kind.target.managed, updates, (done) => written(inserts.length + done));
    // Appended last: the audit chain's lock is then held only until the commit that follows.
    const [entry] = await appendAudit(tx, [
      {
        ...actor,
        action: AuditAction.IMPORT,
        fields: kind.target.managed.map((p) => `${shape.name}.${p}`),
        detail: {
          kind: kind.name,
          fileName: request.fileName,
          encoding: result.encoding,
          sha256: result.sha256,
          rows: result.rows,
          inserted: result.inserted,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejected,
        },
      },
    ]);
    result.auditEntryId = entry!.id;
    return finish(ImportStatus.IMPORTED);
  });
}
