import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { HubError, announced, onConnection } from '@kassel-hub/kit';
import { AuditAction } from './audit-entry.entity';
import { normalizeEntry, type AuditActor, type AuditInput, type NormalizedEntry } from './audit-entry.input';
import { GENESIS_HASH, entryHash } from './audit-hash';
import { verifyAuditChain } from './audit-verify';

/*
 * The owner's append-only audit trail, hash-chained in id order.
 *
 * Writers serialize on a transaction-scoped advisory lock: the head of the chain is read and the
 * new rows inserted while no other writer can append, so two requests never chain onto the same
 * predecessor. The lock is released at commit or rollback of the surrounding transaction, which is
 * why a change and its audit entry belong to one transaction:
 *
 *   await em.transactional(async (tx) => {
 *     tx.persist(consent.withdraw());
 *     await appendAudit(tx, [{ ...auditActor(ctx.identity), action: AuditAction.CHANGE, ... }]);
 *   });
 *
 * Either both commit or neither does (the flush at the end of `transactional` is inside it too).
 * Append last: the lock is held until commit, and every other audit writer of this partner waits.
 * The transaction must be READ COMMITTED (PostgreSQL's default): a REPEATABLE READ snapshot taken
 * before the lock would not see the last writer's row, so appendAudit refuses to run in one.
 */

/** Advisory lock key of the chain; each partner's database holds exactly one chain. */
export const AUDIT_LOCK_KEY = 0x6b61_7564; // "kaud"

/** Rows per INSERT: one JSON parameter of at most this many rows. */
const CHUNK = 1000;

export interface AppendedEntry {
  id: number;
  at: Date;
  hash: string;
}

/**
 * Appends `entries` to the chain: in the caller's transaction if it is in one (a change and its
 * entry commit together), otherwise together with the other appends waiting at that moment
 * (`GroupCommit`). Either way the promise settles only after the entries committed or failed.
 */
export async function appendAudit(em: EntityManager, entries: readonly AuditInput[]): Promise<AppendedEntry[]> {
  if (entries.length === 0) return [];
  const rows = entries.map(normalizeEntry);
  if (em.isInTransaction()) {
    const head = await lockChain(em);
    return insertChained(em, head.hash ?? GENESIS_HASH, head.now, rows);
  }
  let group = groups.get(em.getDriver());
  if (!group) groups.set(em.getDriver(), (group = new GroupCommit(em.getConnection().getKnex())));
  return group.append(rows);
}

/**
 * Group commit of the appends that are not part of a caller's transaction: the reads each request
 * logs before its response leaves. Each append was one transaction of five statements holding the
 * chain lock, so concurrent requests to one partner queued on that lock one by one. Now the appends
 * that arrive while a transaction holds the lock wait, and then all go in the next one. Everyone
 * still waits for their own commit (fail closed), and the entries of one batch fail together.
 */
class GroupCommit {
  private queue: { rows: NormalizedEntry[]; resolve(e: AppendedEntry[]): void; reject(err: unknown): void }[] = [];
  private running = false;

  constructor(private readonly knex: Knex) {}

  append(rows: NormalizedEntry[]): Promise<AppendedEntry[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        const written = await appendInOwnTransaction(this.knex, batch.flatMap((b) => b.rows));
        let from = 0;
        for (const b of batch) {
          b.resolve(written.slice(from, from + b.rows.length));
          from += b.rows.length;
        }
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    this.running = false;
  }
}

/** One group per ORM instance (its driver), i.e. per database connection pool. */
const groups = new WeakMap<object, GroupCommit>();

/**
 * The group commit's transaction on a pooled connection of its own, in three round trips: begin,
 * lock and head in one (the head is read by a later statement than the lock's, so after the lock
 * was granted), the insert as a prepared statement with the rows as one JSON parameter, and the
 * commit. The same chain, the same lock, the same trigger on the database's side; a failure rolls
 * everything back and fails every request of the batch.
 */
async function appendInOwnTransaction(knex: Knex, rows: NormalizedEntry[]): Promise<AppendedEntry[]> {
  return onConnection(knex, async (connection) => {
    try {
      const begin = `begin; select pg_advisory_xact_lock(${AUDIT_LOCK_KEY}); ${HEAD_SQL}`;
      const results = (await announced(knex, begin, [], () => connection.query(begin))) as unknown as { rows: HeadRow[] }[];
      const head = checkedHead(results[2].rows[0]);
      const chained = chain(head.hash ?? GENESIS_HASH, head.now, rows);
      const out: AppendedEntry[] = [];
      for (let i = 0; i < chained.length; i += CHUNK) {
        const batch = chained.slice(i, i + CHUNK);
        const values = [JSON.stringify(batch.map(toColumns))];
        const res = await announced(knex, INSERT_STATEMENT.text, values, () => connection.query<{ id: string | number; hash: string }>({ ...INSERT_STATEMENT, values }));
        const idOf = new Map(res.rows.map((r) => [r.hash, Number(r.id)]));
        for (const row of batch) out.push({ id: idOf.get(row.hash)!, at: head.now, hash: row.hash });
      }
      await announced(knex, 'commit', [], () => connection.query('commit'));
      return out;
    } catch (err) {
      // Ends the transaction before the connection goes back to the pool; on a dead connection this fails too, and the pool drops it.
      await connection.query('rollback').catch(() => undefined);
      throw err;
    }
  });
}

/** The audit_entry columns of a chained row, by their column names. */
const toColumns = (r: ChainedRow) => ({
  at: r.at.toISOString(),
  action: r.action,
  user: r.user,
  partner: r.partner,
  roles: r.roles,
  purpose: r.purpose,
  case_ref: r.caseRef,
  legal_basis: r.legalBasis,
  pseudonym: r.pseudonym,
  pseudonyms: r.pseudonyms,
  legal_bases: r.legalBases,
  fields: r.fields,
  detail: r.detail,
  prev_hash: r.prevHash,
  hash: r.hash,
});

/** Rows in array order (the chain's order: the trigger takes each as the next link). */
const insertFromJson = (rowsParameter: string) => `insert into audit_entry (at, action, "user", partner, roles, purpose, case_ref, legal_basis, pseudonym, pseudonyms, legal_bases, fields, detail, prev_hash, hash)
  select r.at, r.action, r."user", r.partner, r.roles, r.purpose, r.case_ref, r.legal_basis, r.pseudonym, r.pseudonyms, r.legal_bases, r.fields, r.detail, r.prev_hash, r.hash
    from jsonb_array_elements(${rowsParameter}::jsonb) with ordinality as e(value, n),
         jsonb_to_record(e.value) as r(at timestamptz, action text, "user" text, partner text, roles text, purpose text, case_ref text,
                                       legal_basis text, pseudonym text, pseudonyms text[], legal_bases text[], fields text[], detail jsonb, prev_hash text, hash text)
   order by e.n
  returning id, hash`;

/** For the caller's transaction (knex's placeholder). */
const INSERT_FROM_JSON = insertFromJson('?');

/** For the group commit: prepared once per pooled connection. */
const INSERT_STATEMENT = { name: 'hub_audit_insert_from_json', text: insertFromJson('$1') } as const;

/** Runs `fn` in the caller's transaction, or in a new one on a fork (never flushing the caller's changes). */
export function inTransaction<T>(em: EntityManager, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return fn(em);
  return em.fork().transactional((tx) => fn(tx));
}

/**
 * Takes the chain lock and returns the head's hash (null for an empty table) and the time for
 * new entries. Two statements on purpose: in READ COMMITTED each statement sees what was committed
 * before it started, so the head must be read after the lock was granted, not in the same statement.
 * `at` comes from the database clock and never goes below the head's, so `at` rises along the chain
 * and retention can always cut a prefix.
 */
export async function lockChain(tx: EntityManager): Promise<{ hash: string | null; now: Date }> {
  await tx.execute('select pg_advisory_xact_lock(?)', [AUDIT_LOCK_KEY]);
  const [row] = await tx.execute<HeadRow[]>(HEAD_SQL);
  return checkedHead(row);
}

interface HeadRow {
  isolation: string;
  hash: string | null;
  now: string;
}

const HEAD_SQL = `select current_setting('transaction_isolation') as isolation, h.hash,
            to_char(greatest(date_trunc('milliseconds', clock_timestamp()), h.at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now
       from (select 1) as one
       left join lateral (select hash, at from audit_entry order by id desc limit 1) as h on true`;

function checkedHead(row: HeadRow): { hash: string | null; now: Date } {
  if (row.isolation !== 'read committed') {
    throw new HubError('AUDIT_UNAVAILABLE', `audit entries must be appended in a READ COMMITTED transaction, not ${row.isolation}`);
  }
  return { hash: row.hash, now: new Date(row.now) };
}

type ChainedRow = NormalizedEntry & { at: Date; prevHash: string; hash: string };

/** `rows` hashed one onto the other, starting at `prevHash`. */
function chain(prevHash: string, at: Date, rows: NormalizedEntry[]): ChainedRow[] {
  let prev = prevHash;
  return rows.map((r) => {
    const hash = entryHash(prev, { ...r, at });
    const row = { ...r, at, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

/**
 * Chains `rows` onto `prevHash` and inserts them in batches, in the caller's transaction. The chain
 * lock must be held. The same JSON insert as the group commit: text arrays (legal bases hold commas
 * and spaces) go in as JSON arrays, never as array literals built in JavaScript.
 */
export async function insertChained(tx: EntityManager, prevHash: string, at: Date, rows: NormalizedEntry[]): Promise<AppendedEntry[]> {
  const chained = chain(prevHash, at, rows);
  const out: AppendedEntry[] = [];
  for (let i = 0; i < chained.length; i += CHUNK) {
    const batch = chained.slice(i, i + CHUNK);
    const res = await tx.execute<{ id: string | number; hash: string }[]>(INSERT_FROM_JSON, [JSON.stringify(batch.map(toColumns))]);
    const idOf = new Map(res.map((r) => [r.hash, Number(r.id)]));
    for (const row of batch) out.push({ id: idOf.get(row.hash)!, at, hash: row.hash });
  }
  return out;
}

export interface PruneResult {
  deleted: number;
  /** Time of the newest deleted entry. */
  upTo: Date | null;
  /** `prevHash` of the oldest remaining entry: where verification now starts. */
  anchorHash: string;
  /** The RETENTION entry that records this run. */
  entry: AppendedEntry;
}

/**
 * Deletes the entries older than `olderThan` and records the deletion as a RETENTION entry.
 *
 * How the chain stays verifiable: deletion always removes a prefix of the chain (everything before
 * the first entry at or after `olderThan`; `at` rises along the chain, see lockChain). The oldest
 * remaining entry keeps its `prevHash`, the hash of the last deleted entry, and that value, the
 * anchor, is written into the RETENTION entry's `detail.anchorHash`. The RETENTION entry is itself
 * chained and hashed, so the anchor cannot be changed unnoticed. Verification starts at the oldest
 * remaining entry and accepts its `prevHash` only if it equals the anchor of the newest RETENTION
 * entry (or the genesis hash when the trail was never pruned). So deleting old rows outside this
 * command, or more rows than recorded, is detected like any other gap. Cutting off the newest
 * entries is not detectable from inside the table; the other partners' witnesses of the head catch
 * it (audit-witness.ts).
 *
 * A broken chain is never pruned: that would delete the evidence of tampering.
 */
export async function pruneAudit(em: EntityManager, olderThan: Date, actor: AuditActor & { legalBasis?: string | null }): Promise<PruneResult> {
  if (Number.isNaN(olderThan.getTime())) throw new HubError('AUDIT_INVALID_ENTRY', 'the retention cut-off is not a valid time');
  return inTransaction(em, async (tx) => {
    const head = await lockChain(tx);
    const check = await verifyAuditChain(tx);
    if (!check.ok) {
      throw new HubError('AUDIT_CHAIN_BROKEN', `the audit chain is broken at entry ${check.firstBrokenId} (${check.reason}); nothing was pruned`, {
        firstBrokenId: check.firstBrokenId,
      });
    }
    const [gone] = await tx.execute<{ deleted: number; up_to: string | null }[]>(
      `with gone as (
         delete from audit_entry
          where id < coalesce((select min(id) from audit_entry where at >= ?), (select max(id) + 1 from audit_entry))
         returning at)
       select count(*)::int as deleted,
              to_char(max(at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as up_to
         from gone`,
      [olderThan],
    );
    const [oldest] = await tx.execute<{ prev_hash: string }[]>('select prev_hash from audit_entry order by id asc limit 1');
    const prev = head.hash ?? GENESIS_HASH;
    // With every entry deleted, the RETENTION entry becomes the oldest; its prevHash is the anchor.
    const anchorHash = oldest?.prev_hash ?? prev;
    const upTo = gone.up_to ? new Date(gone.up_to) : null;
    const record = normalizeEntry({
      ...actor,
      action: AuditAction.RETENTION,
      fields: [],
      detail: { deleted: gone.deleted, olderThan: olderThan.toISOString(), upTo: upTo?.toISOString() ?? null, anchorHash },
    });
    const [entry] = await insertChained(tx, prev, head.now, [record]);
    return { deleted: gone.deleted, upTo, anchorHash, entry };
  });
}
