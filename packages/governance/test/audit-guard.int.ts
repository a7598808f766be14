import { afterEach, describe, expect, inject, it } from 'vitest';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuditAction, GENESIS_HASH, appendAudit, entryHash, pruneAudit, verifyAuditChain, type AuditInput, auditTables } from '../src/index';
import { migrateAsOwner, ormOptions } from '@kassel-hub/kit';
import { createTestDatabase } from '../../../tests/support/databases';

/*
 * The subgraph's role is the trail's writer, and sha256 is public: it can always compute the hash
 * of a next entry itself. What it must not be able to do is append around appendAudit: an entry
 * dated into the past, an owner's RETENTION or WITNESS record, or a row placed before the head.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const read = (i: number): AuditInput => ({
  user: 'employment-caseworker-1',
  partner: 'employment',
  roles: ['caseworker'],
  purpose: 'TRANSITION_SUPPORT',
  action: AuditAction.READ,
  pseudonym: `Y${String(i).padStart(12, '0')}`,
  legalBasis: 'consent:c1',
  fields: ['schoolLeaving'],
});

/** A partner database as `npm start` makes it: migrated by its owner, served by another role. */
async function ownedTrail() {
  const db = await createTestDatabase('guard', { owner: true });
  cleanups.push(() => db.drop());
  await migrateAsOwner(auditTables, db.ownerUrl!, db.url);
  const open = async (url: string) => {
    const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 2 } });
    cleanups.push(() => orm.close(true));
    return orm;
  };
  return { db, serving: await open(db.url), owner: await open(db.ownerUrl!) };
}

async function connect(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

/** What the serving role can compute without any secret: the chain's next link for any content. */
async function handChained(client: Client, content: { at: Date; action: AuditAction; detail?: Record<string, unknown> | null }, opts: { id?: number } = {}) {
  const head = (await client.query<{ id: string; hash: string }>('select id, hash from audit_entry order by id desc limit 1')).rows[0];
  const prev = head?.hash ?? GENESIS_HASH;
  const row = { user: 'municipality-caseworker-9', partner: 'municipality', roles: 'caseworker', purpose: 'TRANSITION_SUPPORT', caseRef: null, legalBasis: 'consent:c9', pseudonym: 'Y000000000777', fields: ['schoolLeaving'], detail: null, ...content };
  const hash = entryHash(prev, row);
  const cols = `${opts.id !== undefined ? 'id, ' : ''}at, action, "user", partner, roles, purpose, case_ref, legal_basis, pseudonym, fields, detail, prev_hash, hash`;
  const values = [row.at, row.action, row.user, row.partner, row.roles, row.purpose, row.caseRef, row.legalBasis, row.pseudonym, row.fields, row.detail, prev, hash];
  if (opts.id !== undefined) values.unshift(opts.id);
  const params = values.map((_, i) => `$${i + 1}`).join(', ');
  return client.query(`insert into audit_entry (${cols}) values (${params})`, values);
}

const count = async (client: Client) => (await client.query<{ n: number }>('select count(*)::int as n from audit_entry')).rows[0].n;

describe('audit trail: the subgraph\'s role cannot forge entries', () => {
  it('a correctly chained entry the subgraph\'s role writes by hand, backdated, as an owner record, or before the head, is refused by the database', async () => {
    const t = await ownedTrail();
    await appendAudit(t.serving.em.fork(), [read(1), read(2), read(3)]);
    const runtime = await connect(t.db.url);
    const head = (await runtime.query<{ id: string; at: Date }>('select id, at from audit_entry order by id desc limit 1')).rows[0];

    // A read "a year ago" slipped in at the head, so that it hides among old entries.
    await expect(handChained(runtime, { at: new Date(head.at.getTime() - 365 * 86_400_000), action: AuditAction.READ })).rejects.toMatchObject({
      code: '42501',
      message: expect.stringMatching(/does not carry the database's time/),
    });
    // A RETENTION record claiming the owner cut the trail, and a WITNESS of another partner's head.
    await expect(handChained(runtime, { at: new Date(), action: AuditAction.RETENTION, detail: { anchorHash: GENESIS_HASH } })).rejects.toMatchObject({
      message: expect.stringMatching(/only the owner of the audit trail .* may write a RETENTION entry/),
    });
    await expect(handChained(runtime, { at: new Date(), action: AuditAction.WITNESS, detail: { witnessed: 'schools', headId: 1, headHash: 'f'.repeat(64) } })).rejects.toMatchObject({
      message: expect.stringMatching(/may write a WITNESS entry/),
    });
    // A row placed before the head (an id from a gap), so that it reads as an old entry.
    await expect(handChained(runtime, { at: new Date(), action: AuditAction.READ }, { id: 0 })).rejects.toMatchObject({ message: expect.stringMatching(/would not be the newest/) });

    expect(await count(runtime)).toBe(3);
    expect(await verifyAuditChain(t.serving.em.fork())).toMatchObject({ ok: true, count: 3 });
    // The guard is the owner's: the serving role can neither drop nor disable it.
    await expect(runtime.query('drop trigger audit_entry_guard on audit_entry')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('alter table audit_entry disable trigger audit_entry_guard')).rejects.toMatchObject({ code: '42501' });
  });

  it('an owner record or a backdated entry that got in around the guard is named by verify', async () => {
    const t = await ownedTrail();
    await appendAudit(t.serving.em.fork(), [read(1), read(2)]);
    // Only a superuser can bypass triggers; this stands for rows written before the guard existed
    // or by anyone who got past it. The row is stamped as the subgraph's role wrote it.
    const admin = new URL(inject('pgAdminUrl'));
    admin.pathname = `/${t.db.database}`;
    const su = await connect(admin.toString());
    await su.query('set session_replication_role = replica');
    await handChained(su, { at: new Date(), action: AuditAction.RETENTION, detail: { anchorHash: GENESIS_HASH } });
    const [forged] = (await su.query<{ id: string }>('select id from audit_entry order by id desc limit 1')).rows;
    await su.query('update audit_entry set written_by = $1 where id = $2', [t.db.role, forged.id]);
    expect(await verifyAuditChain(t.serving.em.fork())).toMatchObject({ ok: false, firstBrokenId: Number(forged.id), reason: 'not written by the owner' });

    await su.query('delete from audit_entry where id = $1', [forged.id]);
    const [last] = (await su.query<{ at: Date }>('select at from audit_entry order by id desc limit 1')).rows;
    await handChained(su, { at: new Date(last.at.getTime() - 86_400_000), action: AuditAction.READ });
    const [backdated] = (await su.query<{ id: string }>('select id from audit_entry order by id desc limit 1')).rows;
    expect(await verifyAuditChain(t.serving.em.fork())).toMatchObject({ ok: false, firstBrokenId: Number(backdated.id), reason: 'time out of order' });
  });

  it('the usual appends, in batches and concurrently, and the owner\'s prune pass the guard and verify', async () => {
    const t = await ownedTrail();
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(t.serving.em.fork(), [read(i), read(100 + i)])));
    await appendAudit(t.serving.em.fork(), Array.from({ length: 1500 }, (_, i) => read(1000 + i)));
    const runtime = await connect(t.db.url);
    const writers = await runtime.query<{ written_by: string; n: number }>('select written_by, count(*)::int as n from audit_entry group by 1');
    expect(writers.rows).toEqual([{ written_by: t.db.role, n: 1540 }]);
    const pruned = await pruneAudit(t.owner.em.fork(), new Date(Date.now() + 60_000), { user: 'cli:ops', partner: 'employment', roles: ['system'] });
    expect(pruned.deleted).toBe(1540);
    await appendAudit(t.serving.em.fork(), [read(9)]);
    expect(await verifyAuditChain(t.serving.em.fork())).toMatchObject({ ok: true, count: 2 });
  });
});

