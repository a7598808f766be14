import { afterEach, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrateAsOwner, ormOptions } from '@kassel-hub/kit';
import { AuditAction, appendAudit, auditTables, crossCheckWitnesses, databaseTrail, pruneAudit, verifyAuditChain, witnessHolds, witnessPeers, type AuditInput, type PeerTrail } from '../src/index';
import { createTestDatabase } from '../../../tests/support/databases';

/*
 * Whoever can delete rows (the owner, a superuser) can cut off a trail's newest entries, and what
 * is left still verifies. The other partners' witness records of its head are what catches that.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const read = (i: number): AuditInput => ({
  user: 'employment-caseworker-1',
  partner: 'employment',
  roles: ['caseworker'],
  action: AuditAction.READ,
  pseudonym: `Y${String(i).padStart(12, '0')}`,
  legalBasis: 'consent:c1',
  fields: ['schoolLeaving'],
});
const witnessJob = (partner: string) => ({ user: 'cli:witness', partner, roles: ['system'] });

async function openOrm(url: string) {
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 2 } });
  cleanups.push(() => orm.close(true));
  return orm;
}

async function connect(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

/** One partner as `npm start` makes it: its database, the serving role and the owner. */
async function partner(name: string) {
  const db = await createTestDatabase(name, { owner: true });
  cleanups.push(() => db.drop());
  await migrateAsOwner(auditTables, db.ownerUrl!, db.url);
  const serving = await openOrm(db.url);
  const owner = await openOrm(db.ownerUrl!);
  return {
    name,
    db,
    serving,
    owner,
    /** What the other partners see of this trail: the witness functions, here as its serving role. */
    trail: (): PeerTrail => databaseTrail(name, serving.em.fork()),
    append: (n: number, from = 0) => appendAudit(serving.em.fork(), Array.from({ length: n }, (_, i) => read(from + i))),
    ownerSql: async (sql: string, params: unknown[] = []) => (await connect(db.ownerUrl!)).query(sql, params),
  };
}
type Partner = Awaited<ReturnType<typeof partner>>;

async function hub() {
  const [schools, employment, chambers] = await Promise.all([partner('schools'), partner('employment'), partner('chambers')]);
  const all = [schools, employment, chambers];
  const peersOf = (p: Partner) => all.filter((o) => o !== p).map((o) => o.trail());
  /** One round of every partner's witness job. */
  const witnessAll = async () => {
    for (const p of all) await witnessPeers(p.owner.em.fork(), p.name, peersOf(p), witnessJob(p.name));
  };
  const crossCheck = (p: Partner) => crossCheckWitnesses(p.trail(), peersOf(p));
  return { schools, employment, chambers, all, peersOf, witnessAll, crossCheck };
}

const broken = (findings: Awaited<ReturnType<typeof crossCheckWitnesses>>) => findings.filter((f) => !witnessHolds(f)).map((f) => [f.witness.holder, f.witness.partner, f.status]);

describe('audit trail: witnesses of the other partners\' chain heads', () => {
  it('each partner records the others\' heads, and every cross-check holds while nothing was removed', async () => {
    const h = await hub();
    await Promise.all(h.all.map((p, i) => p.append(5, i * 100)));
    await h.witnessAll();
    await h.schools.append(3, 500);
    for (const p of h.all) {
      const findings = await h.crossCheck(p);
      expect(findings).toHaveLength(4);
      expect(broken(findings)).toEqual([]);
      expect(await verifyAuditChain(p.serving.em.fork())).toMatchObject({ ok: true });
    }
    // Schools' fifth read: its own two WITNESS records after it are not what others witness.
    const held = await h.employment.trail().witnesses();
    const schoolsHead = (await h.schools.serving.em.fork().execute<{ id: string; hash: string }[]>('select id, hash from audit_entry order by id limit 1 offset 4'))[0];
    expect(held.find((w) => w.partner === 'schools')).toMatchObject({ holder: 'employment', headId: Number(schoolsHead.id), headHash: schoolsHead.hash });

    // Rounds on an idle hub record only what changed: the trails do not grow by witnessing each other.
    await h.witnessAll();
    const count = async (p: Partner) => (await p.serving.em.fork().execute<{ n: number }[]>('select count(*)::int as n from audit_entry'))[0].n;
    const sizes = await Promise.all(h.all.map(count));
    await h.witnessAll();
    expect(await Promise.all(h.all.map(count))).toEqual(sizes);
  });

  it('the owner cutting off a partner\'s newest entries is caught by the cross-check on every partner, though its own chain still verifies', async () => {
    const h = await hub();
    await Promise.all(h.all.map((p, i) => p.append(6, i * 100)));
    await h.witnessAll();
    // Schools' six reads and its two WITNESS records; the others witnessed the sixth read.
    const [{ id: cut }] = (await h.schools.ownerSql('select max(id) - 3 as id from audit_entry')).rows;
    await h.schools.ownerSql('delete from audit_entry where id > $1', [cut]);
    // What is left (five reads) is a perfectly good chain: on its own, nothing shows.
    expect(await verifyAuditChain(h.schools.serving.em.fork())).toMatchObject({ ok: true, count: 5 });
    // Truncation followed by new appends (the sequence moves on) is no better.
    await h.schools.append(2, 900);

    expect(broken(await h.crossCheck(h.schools))).toEqual([
      ['employment', 'schools', 'cut off'],
      ['chambers', 'schools', 'cut off'],
    ]);
    expect(broken(await h.crossCheck(h.employment))).toEqual([['employment', 'schools', 'cut off']]);
    expect(broken(await h.crossCheck(h.chambers))).toEqual([['chambers', 'schools', 'cut off']]);

    // The next witness round does not paper over it: it records no new head of schools.
    const run = await witnessPeers(h.employment.owner.em.fork(), 'employment', h.peersOf(h.employment), witnessJob('employment'));
    expect(run.recorded).toEqual([]);
    expect(run.unchanged).toEqual(['chambers']);
    expect(broken(run.findings)).toEqual([['employment', 'schools', 'cut off']]);
    expect(broken(await h.crossCheck(h.employment))).toEqual([['employment', 'schools', 'cut off']]);
  });

  it('a tail rewritten under the same ids (sequence reset) is caught as rewritten', async () => {
    const h = await hub();
    await Promise.all(h.all.map((p, i) => p.append(4, i * 100)));
    await h.witnessAll();
    // Chambers witnessed last: the others saw its fourth read as its head. Keep the first two.
    const [{ id: cut }] = (await h.chambers.ownerSql('select min(id) + 1 as id from audit_entry')).rows;
    await h.chambers.ownerSql('delete from audit_entry where id > $1', [cut]);
    await h.chambers.ownerSql(`select setval(pg_get_serial_sequence('audit_entry', 'id'), $1)`, [cut]);
    await h.chambers.append(3, 700);
    expect(await verifyAuditChain(h.chambers.serving.em.fork())).toMatchObject({ ok: true });
    expect(broken(await h.crossCheck(h.chambers))).toEqual([
      ['schools', 'chambers', 'rewritten'],
      ['employment', 'chambers', 'rewritten'],
    ]);
  });

  it('legitimate retention keeps every witness valid: a witnessed head deleted as old counts as pruned', async () => {
    const h = await hub();
    await Promise.all(h.all.map((p, i) => p.append(3, i * 100)));
    await h.witnessAll();
    await new Promise((r) => setTimeout(r, 5));
    const cutoff = new Date(Date.now());
    await new Promise((r) => setTimeout(r, 5));
    await h.employment.append(2, 500);
    const pruned = await pruneAudit(h.employment.owner.em.fork(), cutoff, { user: 'cli:ops', partner: 'employment', roles: ['system'] });
    // Three reads and employment's own two WITNESS records were older than the cut-off.
    expect(pruned.deleted).toBe(5);
    expect(await verifyAuditChain(h.employment.serving.em.fork())).toMatchObject({ ok: true, count: 3 });
    const findings = await h.crossCheck(h.employment);
    expect(broken(findings)).toEqual([]);
    expect(findings.filter((f) => f.witness.partner === 'employment').map((f) => f.status)).toEqual(['pruned', 'pruned']);
    // Employment's own records of the others went with retention; the next round records new ones.
    await h.witnessAll();
    expect(broken(await h.crossCheck(h.employment))).toEqual([]);
  });

  it('the subgraph\'s role cannot record a witness, and a witness-only role sees heads and hashes but no entry', async () => {
    const h = await hub();
    await h.schools.append(2);
    await expect(witnessPeers(h.employment.serving.em.fork(), 'employment', [h.schools.trail()], witnessJob('employment'))).rejects.toThrow(/only the owner of the audit trail .* may write a WITNESS entry/);

    // What a partner's operator grants another partner's witness job (README, audit).
    const role = `witness_${randomBytes(4).toString('hex')}`;
    const admin = await connect(inject('pgAdminUrl'));
    await admin.query(`create role ${role} login password 'witness-only'`);
    cleanups.push(async () => void (await admin.query(`drop owned by ${role}; drop role ${role}`).catch(() => undefined)));
    await admin.query(`grant connect on database ${h.schools.db.database} to ${role}`);
    await h.schools.ownerSql(`grant execute on function audit_head(), audit_lookup(bigint[]), audit_witnesses() to ${role}`);
    const url = new URL(h.schools.db.url);
    url.username = role;
    url.password = 'witness-only';
    const witness = await connect(url.toString());
    await expect(witness.query('select * from audit_entry')).rejects.toMatchObject({ code: '42501' });
    const head = (await witness.query<{ r: { id: number; hash: string } }>('select audit_head() as r')).rows[0].r;
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
    const witnessOrm = await openOrm(url.toString());
    const run = await witnessPeers(h.employment.owner.em.fork(), 'employment', [databaseTrail('schools', witnessOrm.em.fork())], witnessJob('employment'));
    expect(run.recorded.map((r) => [r.head.partner, r.head.hash])).toEqual([['schools', head.hash]]);
    await admin.query(`revoke connect on database ${h.schools.db.database} from ${role}`);
  });
});
