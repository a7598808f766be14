import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Client } from 'pg';
import { IsolationLevel } from '@mikro-orm/core';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_LOCK_KEY, AuditAction, AuditEntry, GENESIS_HASH, appendAudit, auditEntriesAbout, entryHash, pruneAudit, verifyAuditChain, type AuditInput, auditTables } from '../src/index';
import { countStatements, migrate, ormOptions } from '@kassel-hub/kit';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/databases';
import { caseworker, startTestSubgraph } from '../../../tests/support/subgraph';
import { probe } from './support/probe.subgraph';

const reader = { user: 'employment-caseworker-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT' };
const read = (i: number, extra: Partial<AuditInput> = {}): AuditInput => ({
  ...reader,
  action: AuditAction.READ,
  pseudonym: `Y${String(i).padStart(12, '0')}`,
  legalBasis: 'consent:c1',
  fields: ['schoolLeaving', 'orientationActivities'],
  ...extra,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A partner database with the kit's tables migrated, reached as the partner's own role. */
interface Trail {
  db: TestDatabase;
  orm: MikroORM;
  em(): EntityManager;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A second, independent connection pool to the same database. */
  secondOrm(): Promise<MikroORM>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function openOrm(url: string, poolMax = 5) {
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: poolMax } });
  cleanups.push(() => orm.close(true));
  return orm;
}

async function freshTrail(): Promise<Trail> {
  const db = await createTestDatabase('audit');
  cleanups.push(() => db.drop());
  const orm = await openOrm(db.url);
  await migrate(orm);
  return {
    db,
    orm,
    em: () => orm.em.fork(),
    sql: (text, params = []) => orm.em.fork().execute(text, params),
    secondOrm: () => openOrm(db.url),
  };
}

/** Runs SQL as the PostgreSQL superuser in `db` (what only an operator could do). */
async function asSuperuser(db: TestDatabase, text: string) {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${db.database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const ids = async (t: Trail) => (await t.sql<{ id: string }>('select id from audit_entry order by id')).map((r) => Number(r.id));

describe('audit trail: hash chain against real PostgreSQL', () => {
  it('a trail of 1,000 entries, written in one batch and one by one, verifies from the genesis hash', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), Array.from({ length: 950 }, (_, i) => read(i)));
    for (let i = 950; i < 1000; i++) await appendAudit(t.em(), [read(i)]);
    const result = await verifyAuditChain(t.em(), { pageSize: 300 });
    expect(result).toMatchObject({ ok: true, count: 1000, anchorHash: GENESIS_HASH });
    const [first] = await t.em().find(AuditEntry, {}, { orderBy: { id: 'asc' }, limit: 1 });
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(first).toMatchObject({ action: 'READ', user: reader.user, partner: 'employment', roles: 'caseworker', fields: ['schoolLeaving', 'orientationActivities'] });
  });

  it('requests appending at the same time over two connection pools still form one unbroken chain', async () => {
    const t = await freshTrail();
    const other = await t.secondOrm();
    const burst = (orm: MikroORM, offset: number) => Array.from({ length: 40 }, (_, i) => appendAudit(orm.em.fork(), [read(offset + i), read(offset + i, { fields: ['benefits'] })]));
    await Promise.all([...burst(t.orm, 0), ...burst(other, 100)]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 160 });
    const [forks] = await t.sql<{ n: number }>('select count(*)::int - count(distinct prev_hash)::int as n from audit_entry');
    expect(forks.n).toBe(0);
  });

  it('appends that arrive while one is being written share the next transaction, and each caller gets its own entries', async () => {
    const t = await freshTrail();
    const statements = countStatements(t.orm);
    cleanups.push(async () => statements.stop());
    const appended = await Promise.all(Array.from({ length: 30 }, (_, i) => appendAudit(t.em(), [read(i), read(i, { fields: ['benefits'] })])));
    // One by one this took 30 transactions of 5 statements; now the first goes alone and the rest wait for the next.
    expect(statements.count).toBeLessThan(30);
    expect(appended.map((entries) => entries.length)).toEqual(Array(30).fill(2));
    const rows = await t.sql<{ id: string; pseudonym: string }>('select id, pseudonym from audit_entry');
    const pseudonymOf = new Map(rows.map((r) => [Number(r.id), r.pseudonym]));
    appended.forEach((entries, i) => expect(entries.map((e) => pseudonymOf.get(e.id))).toEqual([read(i).pseudonym, read(i).pseudonym]));
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 60 });
  });

  it('someone who edits the fields of one logged read in the database is caught, and that entry is named', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), Array.from({ length: 10 }, (_, i) => read(i)));
    const target = (await ids(t))[4];
    await t.sql(`update audit_entry set fields = '{schoolLeaving}' where id = ?`, [target]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: target, reason: 'hash mismatch' });
  });

  it('someone who changes who read the data is caught, even after recomputing that entry\'s own hash', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), Array.from({ length: 10 }, (_, i) => read(i)));
    const all = await ids(t);
    await t.sql(`update audit_entry set "user" = 'someone-else' where id = ?`, [all[6]]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: all[6], reason: 'hash mismatch' });
    // A forger who also rewrites the row's hash breaks the link to the next entry instead.
    await t.sql(`update audit_entry set hash = md5(hash) || md5(hash) where id = ?`, [all[6]]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: all[6] });
  });

  it('deleting an entry from the middle of the trail is detected at the entry that followed it', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), Array.from({ length: 10 }, (_, i) => read(i)));
    const all = await ids(t);
    await t.sql('delete from audit_entry where id = ?', [all[3]]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: all[4], reason: 'prevHash mismatch' });
  });
});

describe('audit trail: retention', () => {
  async function oldAndNew(t: Trail) {
    await appendAudit(t.em(), Array.from({ length: 5 }, (_, i) => read(i)));
    const [last] = await t.em().find(AuditEntry, {}, { orderBy: { id: 'desc' }, limit: 1 });
    const cutoff = new Date(last.at.getTime() + 1);
    await sleep(5);
    await appendAudit(t.em(), Array.from({ length: 5 }, (_, i) => read(100 + i)));
    return cutoff;
  }

  it('pruning deletes the entries older than the retention, records that as a RETENTION entry, and the rest still verifies', async () => {
    const t = await freshTrail();
    const cutoff = await oldAndNew(t);
    const before = await ids(t);
    const pruned = await pruneAudit(t.em(), cutoff, { user: 'cli:ops', partner: 'schools', roles: ['system'], legalBasis: 'retention of 12 months' });
    expect(pruned.deleted).toBe(5);
    expect(await ids(t)).toEqual([...before.slice(5), pruned.entry.id]);
    const [retention] = await t.em().find(AuditEntry, { id: pruned.entry.id });
    expect(retention).toMatchObject({ action: 'RETENTION', user: 'cli:ops', legalBasis: 'retention of 12 months' });
    expect(retention.detail).toMatchObject({ deleted: 5, olderThan: cutoff.toISOString(), anchorHash: pruned.anchorHash });
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 6, firstId: before[5], anchorHash: pruned.anchorHash });

    // Later entries and a second run (nothing old left) keep the trail verifiable.
    await appendAudit(t.em(), [read(200)]);
    expect((await pruneAudit(t.em(), cutoff, { user: 'cli:ops', partner: 'schools', roles: ['system'] })).deleted).toBe(0);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 8 });
  });

  it('deleting old entries without the prune command is detected, even right after a legitimate prune', async () => {
    const t = await freshTrail();
    await oldAndNew(t);
    const all = await ids(t);
    await t.sql('delete from audit_entry where id <= ?', [all[1]]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: all[2], reason: 'prevHash mismatch' });

    const t2 = await freshTrail();
    const cutoff2 = await oldAndNew(t2);
    await pruneAudit(t2.em(), cutoff2, { user: 'cli:ops', partner: 'schools', roles: ['system'] });
    const left = await ids(t2);
    await t2.sql('delete from audit_entry where id = ?', [left[0]]);
    expect(await verifyAuditChain(t2.em())).toMatchObject({ ok: false, firstBrokenId: left[1], reason: 'prevHash mismatch' });
  });

  it('a retention that covers the whole trail leaves only the RETENTION entry, which verifies', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), Array.from({ length: 3 }, (_, i) => read(i)));
    const pruned = await pruneAudit(t.em(), new Date(Date.now() + 60_000), { user: 'cli:ops', partner: 'schools', roles: ['system'] });
    expect(pruned.deleted).toBe(3);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 1, firstId: pruned.entry.id });
  });

  it('a tampered trail is not pruned, so the evidence of tampering is kept', async () => {
    const t = await freshTrail();
    const cutoff = await oldAndNew(t);
    const all = await ids(t);
    await t.sql(`update audit_entry set pseudonym = 'Y999999999999' where id = ?`, [all[1]]);
    await expect(pruneAudit(t.em(), cutoff, { user: 'cli:ops', partner: 'schools', roles: ['system'] })).rejects.toMatchObject({
      extensions: { code: 'AUDIT_CHAIN_BROKEN', firstBrokenId: all[1] },
    });
    expect(await ids(t)).toEqual(all);
  });
});

describe('audit trail: one entry naming several young people', () => {
  const people = Array.from({ length: 50 }, (_, i) => `Y${String(i).padStart(12, '0')}`);
  const several = (extra: Partial<AuditInput> = {}): AuditInput => ({
    ...reader,
    action: AuditAction.READ,
    pseudonyms: people,
    legalBases: people.map((_, i) => `consent:c${i},c${i + 100}`),
    fields: ['schoolLeaving'],
    ...extra,
  });

  it('answers "who saw X" for each person named, with that person\'s legal basis only, next to entries about one person', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), [read(7, { action: AuditAction.CHANGE, legalBasis: null, fields: ['qualification'] })]);
    await appendAudit(t.em(), [several(), several({ pseudonyms: people.slice(0, 2), legalBases: null, legalBasis: '§31a SGB III', fields: ['leavingDate'] })]);
    expect(await auditEntriesAbout(t.em(), people[7])).toEqual([
      expect.objectContaining({ action: 'CHANGE', legalBasis: null, fields: ['qualification'] }),
      expect.objectContaining({ action: 'READ', user: reader.user, partner: 'employment', legalBasis: 'consent:c7,c107', fields: ['schoolLeaving'] }),
    ]);
    expect((await auditEntriesAbout(t.em(), people[1])).map((e) => e.legalBasis)).toEqual(['consent:c1,c101', '§31a SGB III']);
    expect(await auditEntriesAbout(t.em(), 'Y999999999999')).toEqual([]);
    // The answer names no one else: it goes to the person asking.
    expect(JSON.stringify(await auditEntriesAbout(t.em(), people[7]))).not.toContain(people[8]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 3 });
  });

  it('"who saw X" is an index lookup, not a scan of the trail', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), [several()]);
    const [plan] = await t.em().transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return tx.execute<{ 'QUERY PLAN': unknown }[]>(`explain (format json) select id from audit_entry where pseudonym = ? or pseudonyms @> array[?]::text[]`, [people[3], people[3]]);
    });
    const text = JSON.stringify(plan);
    expect(text).toContain('audit_entry_pseudonyms_index');
    expect(text).toContain('audit_entry_pseudonym_index');
    expect(text).not.toContain('Seq Scan');
  });

  it('whoever removes or renames a person in an entry, or changes one person\'s legal basis, is caught at that entry', async () => {
    const t = await freshTrail();
    await appendAudit(t.em(), [several(), several({ fields: ['benefits'] })]);
    const [first, second] = await ids(t);
    await t.sql(`update audit_entry set pseudonyms = pseudonyms[2:], legal_bases = legal_bases[2:] where id = ?`, [second]);
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: false, firstBrokenId: second, reason: 'hash mismatch' });
    const t2 = await freshTrail();
    await appendAudit(t2.em(), [several()]);
    const [only] = await ids(t2);
    await t2.sql(`update audit_entry set legal_bases[5] = 'consent:forged' where id = ?`, [only]);
    expect(await verifyAuditChain(t2.em())).toMatchObject({ ok: false, firstBrokenId: only, reason: 'hash mismatch' });
    expect(first).toBeLessThan(second);
    const t3 = await freshTrail();
    await appendAudit(t3.em(), [several()]);
    const [renamed] = await ids(t3);
    await t3.sql(`update audit_entry set pseudonyms[3] = 'Y999999999999' where id = ?`, [renamed]);
    expect(await verifyAuditChain(t3.em())).toMatchObject({ ok: false, firstBrokenId: renamed, reason: 'hash mismatch' });
  });

  it('in a caller\'s transaction the same entry is stored as written (legal bases with commas and spaces included)', async () => {
    const t = await freshTrail();
    await t.em().transactional((tx) => appendAudit(tx, [several({ legalBases: people.map((_, i) => (i % 2 ? `consent:a${i},b` : ' §31a SGB III ')) })]));
    const [row] = await t.sql<{ legal_bases: string[]; pseudonyms: string[] }>('select pseudonyms, legal_bases from audit_entry');
    expect(row.pseudonyms).toEqual(people);
    expect(row.legal_bases[0]).toBe(' §31a SGB III ');
    expect(row.legal_bases[1]).toBe('consent:a1,b');
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 1 });
  });

  it('a trail written before these columns existed still verifies after the migration, and new entries chain onto it', async () => {
    const db = await createTestDatabase('audit');
    cleanups.push(() => db.drop());
    const orm = await openOrm(db.url);
    await orm.getMigrator().up({ to: 'Migration20261203000000_audit_guard' });
    // Rows as the writer of that schema inserted them: the columns it knew, the hash it computed.
    await orm.em.fork().transactional(async (tx) => {
      const [{ now }] = await tx.execute<{ now: string }[]>(`select pg_advisory_xact_lock(?), to_char(date_trunc('milliseconds', clock_timestamp()) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now`, [AUDIT_LOCK_KEY]);
      let prev = GENESIS_HASH;
      for (let i = 0; i < 3; i++) {
        const c = { at: new Date(now), action: 'READ', user: reader.user, partner: reader.partner, roles: 'caseworker', purpose: reader.purpose, caseRef: null, legalBasis: 'consent:c1', pseudonym: people[i], pseudonyms: null, legalBases: null, fields: ['schoolLeaving'], detail: null };
        const hash = entryHash(prev, c);
        await tx.execute(
          `insert into audit_entry (at, action, "user", partner, roles, purpose, case_ref, legal_basis, pseudonym, fields, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [c.at, c.action, c.user, c.partner, c.roles, c.purpose, c.caseRef, c.legalBasis, c.pseudonym, `{${c.fields.join(',')}}`, c.detail, prev, hash],
        );
        prev = hash;
      }
    });
    expect(await migrate(orm)).toContain('Migration20261203120000_audit_subjects');
    await appendAudit(orm.em.fork(), [several()]);
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ ok: true, count: 4 });
    expect((await auditEntriesAbout(orm.em.fork(), people[2])).map((e) => e.legalBasis)).toEqual(['consent:c1', 'consent:c2,c102']);
  });
});

describe('audit trail: changes are logged in their own transaction', () => {
  async function withNotes() {
    const t = await freshTrail();
    await t.sql('create table note (id serial primary key, body text not null)');
    const change = async (tx: EntityManager, body: string) => {
      await tx.execute('insert into note (body) values (?)', [body]);
      await appendAudit(tx, [{ ...reader, partner: 'schools', action: AuditAction.CHANGE, pseudonym: 'Y000000000001', fields: ['body'], detail: { body } }]);
    };
    const counts = async () => (await t.sql<{ notes: number; entries: number }>('select (select count(*)::int from note) as notes, (select count(*)::int from audit_entry) as entries'))[0];
    return { t, change, counts };
  }

  it('a change and its audit entry commit together', async () => {
    const { t, change, counts } = await withNotes();
    await t.em().transactional((tx) => change(tx, 'qualification corrected'));
    expect(await counts()).toEqual({ notes: 1, entries: 1 });
    expect(await verifyAuditChain(t.em())).toMatchObject({ ok: true, count: 1 });
  });

  it('a change that fails after its audit entry was written leaves neither behind', async () => {
    const { t, change, counts } = await withNotes();
    await expect(
      t.em().transactional(async (tx) => {
        await change(tx, 'doomed');
        throw new Error('constraint violated later in the change');
      }),
    ).rejects.toThrow(/later in the change/);
    expect(await counts()).toEqual({ notes: 0, entries: 0 });
  });

  it('a change whose audit entry cannot be written is rolled back (no unlogged change)', async () => {
    const { t, change, counts } = await withNotes();
    await asSuperuser(t.db, `revoke insert on audit_entry from ${t.db.role}`);
    await expect(t.em().transactional((tx) => change(tx, 'unlogged'))).rejects.toThrow(/permission denied/);
    expect(await counts()).toEqual({ notes: 0, entries: 0 });
  });

  it('appending inside a REPEATABLE READ transaction is refused, since its snapshot could miss the last entry', async () => {
    const { t } = await withNotes();
    await expect(t.em().transactional((tx) => appendAudit(tx, [read(1)]), { isolationLevel: IsolationLevel.REPEATABLE_READ })).rejects.toMatchObject({
      extensions: { code: 'AUDIT_UNAVAILABLE' },
    });
  });
});

describe('audit trail: reads through a subgraph', () => {
  const recordQuery = '{ probeRecord(pseudonym: "Y000000000042") { pseudonym name } }';
  const employment = caseworker('employment', { caseRef: 'C-17' });

  async function probeSubgraph() {
    const sg = await startTestSubgraph(probe);
    cleanups.push(() => sg.stop());
    const entries = () => sg.subgraph.orm.em.fork().find(AuditEntry, {}, { orderBy: { id: 'asc' } });
    return { sg, entries };
  }

  it('another partner\'s read is logged with who, which person, which fields, purpose, case and legal basis', async () => {
    const { sg, entries } = await probeSubgraph();
    const { body } = await sg.query(recordQuery, undefined, employment);
    expect(body.errors).toBeUndefined();
    expect(body.data.probeRecord.name).toBe('confidential name');
    const logged = await entries();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      action: 'READ',
      user: 'employment-caseworker-1',
      partner: 'employment',
      roles: 'caseworker',
      purpose: 'TRANSITION_SUPPORT',
      caseRef: 'C-17',
      legalBasis: 'consent:c1',
      pseudonym: null,
      pseudonyms: ['Y000000000042'],
      legalBases: null,
      fields: ['name', 'pseudonym'],
    });
    expect(await verifyAuditChain(sg.subgraph.orm.em.fork())).toMatchObject({ ok: true, count: 1 });
  });

  it('a request that releases no person-level data writes nothing', async () => {
    const { sg, entries } = await probeSubgraph();
    const { body } = await sg.query('{ probeCount }', undefined, employment);
    expect(body.data.probeCount).toBe(42);
    expect(await entries()).toHaveLength(0);
  });

  it('when the read cannot be audited, the whole response is refused with AUDIT_UNAVAILABLE and carries no data', async () => {
    const { sg, entries } = await probeSubgraph();
    await asSuperuser(sg.database, `revoke insert on audit_entry from ${sg.database.role}`);
    const res = await sg.query(recordQuery, undefined, employment);
    expect(res.body).toEqual({ data: null, errors: [{ message: 'the access could not be audited, so it is refused', extensions: { code: 'AUDIT_UNAVAILABLE' } }] });
    expect(JSON.stringify(res.body)).not.toMatch(/confidential|Y000000000042/);
    expect(await entries()).toHaveLength(0);
  });
});
