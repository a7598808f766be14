import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { ormOptions } from '@kassel-hub/kit';
import { appendAudit } from '../audit/audit-log';
import { AuditAction } from '../audit/audit-entry.entity';
import { auditTables } from '../audit/audit-trail';

/**
 * Hands a table's records over from one partner's database to another's when the law moves them
 * to a new controller (e.g. youth-welfare measures from the city's transition office to its youth
 * welfare office). Never loses a record: each is copied, the copy is read back and compared, and
 * only a record the recipient holds unchanged is deleted at the source, in a transaction that
 * first checks it is still the record that was copied. Both partners' audit trails record the
 * handover with the pseudonyms concerned. Running it again moves what is left, and is harmless.
 */
export interface RecordMove {
  /** `npm run move -- <name>`. */
  name: string;
  description: string;
  from: string;
  to: string;
  /** The table, named alike in both databases, and its key column. */
  table: string;
  key: string;
  /** The columns copied and compared; the recipient's table has at least these, of compatible types. */
  columns: readonly string[];
  /** The GraphQL fields the records are read through, for the audit entries. */
  fields: readonly string[];
}

/** A move as the recipient's manifest declares it: the recipient is the manifest's partner. */
export type AdoptedRecords = Omit<RecordMove, 'to'>;

export interface MoveResult {
  /** Records deleted at the source after the recipient was shown to hold them. */
  moved: number;
  /** Records the recipient held already, identical (a run that was interrupted, or seeded alike). */
  alreadyThere: number;
  /** False when the source database has no such table (moved and dropped before). */
  sourceHadTable: boolean;
}

export class MoveConflictError extends Error {
  readonly code = 'MOVE_CONFLICT';
  constructor(
    what: string,
    readonly keys: readonly string[],
  ) {
    super(`${what} (${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''})`);
  }
}

export class MoveTargetNotReadyError extends Error {
  readonly code = 'MOVE_TARGET_NOT_READY';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The records with `keys` (all when null), each as canonical JSON of the move's columns, by key. */
async function snapshot(em: EntityManager, move: RecordMove, keys: readonly string[] | null, lock = false): Promise<Map<string, string>> {
  const cols = move.columns.map(ident).join(', ');
  const where = keys ? `where ${ident(move.key)}::text in (select json_array_elements_text(?::json))` : '';
  const rows = await em.execute<{ k: string; j: string }[]>(
    `select r.${ident(move.key)}::text as k, row_to_json(r)::text as j from (select ${cols} from ${ident(move.table)} ${where} order by ${ident(move.key)}${lock ? ' for update' : ''}) r`,
    keys ? [JSON.stringify(keys)] : [],
  );
  return new Map(rows.map((r) => [r.k, r.j]));
}

const hasTable = async (em: EntityManager, table: string) =>
  (await em.execute<{ t: string | null }[]>(`select to_regclass(?)::text as t`, [table]))[0].t !== null;

const pseudonymsOf = (rows: Map<string, string>) => [...new Set([...rows.values()].map((j) => (JSON.parse(j) as { pseudonym?: string }).pseudonym).filter(Boolean))].sort();

/** Moves every record of `move.table` from `sourceUrl` to `targetUrl`, both as their owners. */
export async function moveRecords(move: RecordMove, sourceUrl: string, targetUrl: string, user: string): Promise<MoveResult> {
  const open = (url: string) => MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 2 } });
  const source = await open(sourceUrl);
  try {
    const target = await open(targetUrl);
    try {
      const src = source.em.fork();
      const dst = target.em.fork();
      if (!(await hasTable(src, move.table))) return { moved: 0, alreadyThere: 0, sourceHadTable: false };
      if (!(await hasTable(dst, move.table))) throw new MoveTargetNotReadyError(`${move.to} has no ${move.table} table yet: run its migrations first (npm run migrate -- --partner ${move.to}, or its migration step)`);
      const copied = await snapshot(src, move, null);
      if (copied.size === 0) return { moved: 0, alreadyThere: 0, sourceHadTable: true };
      const keys = [...copied.keys()];
      const before = await snapshot(dst, move, keys);
      const cols = move.columns.map(ident).join(', ');
      // The recipient's transaction: the copies and its audit entry commit together.
      await dst.transactional(async (tx) => {
        await tx.execute(
          `insert into ${ident(move.table)} (${cols}) select ${cols} from json_populate_recordset(null::${ident(move.table)}, ?::json) on conflict (${ident(move.key)}) do nothing`,
          [`[${[...copied.values()].join(',')}]`],
        );
        await appendAudit(tx, [
          { user, partner: move.to, roles: ['system'], action: AuditAction.IMPORT, legalBasis: `handover from ${move.from} (${move.name})`, fields: move.fields, detail: { handover: move.name, from: move.from, records: keys.length, pseudonyms: pseudonymsOf(copied) } },
        ]);
      });
      const held = await snapshot(dst, move, keys);
      const differing = keys.filter((k) => held.get(k) !== copied.get(k));
      if (differing.length) {
        const what = `${move.to} holds ${differing.length} ${move.table} record(s) under the same key with other content; nothing was deleted at ${move.from}: settle them with both partners, then run the move again`;
        throw new MoveConflictError(what, differing);
      }
      // The source's transaction: only records still as copied are deleted; a record changed in
      // between stops the whole deletion, and the next run copies its new state.
      await src.transactional(async (tx) => {
        const now = await snapshot(tx, move, keys, true);
        const changed = keys.filter((k) => now.get(k) !== copied.get(k));
        if (changed.length) throw new MoveConflictError(`${changed.length} record(s) changed at ${move.from} while they were copied; nothing was deleted there: run the move again`, changed);
        await tx.execute(`delete from ${ident(move.table)} where ${ident(move.key)}::text in (select json_array_elements_text(?::json))`, [JSON.stringify(keys)]);
        await appendAudit(tx, [
          { user, partner: move.from, roles: ['system'], action: AuditAction.CHANGE, legalBasis: `handover to ${move.to} (${move.name})`, fields: move.fields, detail: { handover: move.name, to: move.to, records: keys.length, pseudonyms: pseudonymsOf(copied) } },
        ]);
      });
      return { moved: keys.length, alreadyThere: before.size, sourceHadTable: true };
    } finally {
      await target.close(true);
    }
  } finally {
    await source.close(true);
  }
}
