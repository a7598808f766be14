import { afterEach, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuditEntry, pruneAudit, verifyAuditChain, auditTables, auditTrail } from '../src/index';
import { dropPartnerDatabase, migrate, ormOptions, partnerOwnerUrl, provisionPartnerDatabase, startSubgraph, type PartnerDatabase } from '@kassel-hub/kit';
import { createTestDatabase } from '../../../tests/support/databases';
import { testSecret } from '../../../tests/support/http';
import { caseworker, startTestSubgraph } from '../../../tests/support/subgraph';
import { probe } from './support/probe.subgraph';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function connect(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

/** The PostgreSQL error code a statement fails with, or 'ok'. */
const outcome = (client: Client, sql: string) => client.query(sql).then(() => 'ok', (e: { code?: string }) => e.code);

const INSUFFICIENT_PRIVILEGE = '42501';
const employment = caseworker('employment');
const recordQuery = '{ probeRecord(pseudonym: "Y000000000042") { pseudonym name } }';

describe('database roles: the subgraph serves as a role that does not own its database', () => {
  it('the subgraph appends to its audit trail and reads it, but cannot change, delete, empty or drop it', async () => {
    const sg = await startTestSubgraph(probe);
    cleanups.push(() => sg.stop());
    const { body } = await sg.query(recordQuery, undefined, employment);
    expect(body.errors).toBeUndefined();

    const runtime = await connect(sg.database.url);
    expect((await runtime.query('select count(*)::int as n from audit_entry')).rows[0].n).toBe(1);
    const tampering = [
      "update audit_entry set \"user\" = 'someone else'",
      'delete from audit_entry',
      'truncate audit_entry',
      'drop table audit_entry',
      'alter table audit_entry disable trigger all',
      'delete from mikro_orm_migrations',
      'create table shadow (id int)',
    ];
    for (const sql of tampering) expect(await outcome(runtime, sql), sql).toBe(INSUFFICIENT_PRIVILEGE);

    // The trail is whole, and the next read is appended to it as before.
    expect((await sg.query(recordQuery, undefined, employment)).body.errors).toBeUndefined();
    const owner = await connect(sg.database.ownerUrl!);
    const rows = await owner.query<{ user: string }>('select "user" from audit_entry order by id');
    expect(rows.rows.map((r) => r.user)).toEqual([employment.sub, employment.sub]);
  });

  it('retention, which deletes old entries, runs as the owner and leaves a chain that verifies', async () => {
    const sg = await startTestSubgraph(probe);
    cleanups.push(() => sg.stop());
    for (let i = 0; i < 3; i++) expect((await sg.query(recordQuery, undefined, employment)).body.errors).toBeUndefined();
    const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: sg.database.ownerUrl!, ...auditTables }), pool: { min: 0, max: 1 } });
    cleanups.push(() => orm.close(true));
    const pruned = await pruneAudit(orm.em.fork(), new Date(Date.now() + 60_000), { user: 'operator', partner: 'employment', roles: ['admin'] });
    expect(pruned.deleted).toBe(3);
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ ok: true, count: 1 });
    expect((await orm.em.fork().find(AuditEntry, {}))[0].action).toBe('RETENTION');
  });

  it('a database its subgraph role owned is handed to a new owner with everything in it, and the role keeps only what it needs', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `handover_${randomBytes(4).toString('hex')}`;
    const before: PartnerDatabase = { database: name, role: name, password: randomBytes(12).toString('hex') };
    const after: PartnerDatabase = { ...before, owner: { role: `${name}_owner`, password: randomBytes(12).toString('hex') } };
    cleanups.push(() => dropPartnerDatabase(adminUrl, after));

    // Before: one role owns the database and migrated it.
    const url = await provisionPartnerDatabase(adminUrl, before, [auditTrail]);
    const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 1 } });
    await migrate(orm).finally(() => orm.close(true));

    expect(await provisionPartnerDatabase(adminUrl, after, [auditTrail])).toBe(url);
    const admin = await connect(adminUrl);
    const owners = await admin.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [name]);
    expect(owners.rows[0].owner).toBe(after.owner!.role);
    const owner = await connect(partnerOwnerUrl(adminUrl, after)!);
    const tables = await owner.query<{ tableowner: string }>("select distinct tableowner from pg_tables where schemaname = 'public'");
    expect(tables.rows).toEqual([{ tableowner: after.owner!.role }]);
    const runtime = await connect(url);
    expect(await outcome(runtime, 'select count(*) from audit_entry')).toBe('ok');
    expect(await outcome(runtime, 'delete from audit_entry')).toBe(INSUFFICIENT_PRIVILEGE);
    // Provisioning again changes nothing.
    expect(await provisionPartnerDatabase(adminUrl, after, [auditTrail])).toBe(url);
    expect(await outcome(runtime, 'delete from audit_entry')).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('a subgraph whose role still owns its database or audit trail refuses to start, and says how to hand it over', async () => {
    const db = await createTestDatabase('handover');
    cleanups.push(() => db.drop());
    // An owner URL that can migrate (the superuser) beside a role that owns the database.
    const superuser = new URL(inject('pgAdminUrl'));
    superuser.pathname = `/${db.database}`;
    const config = { name: probe.name, host: '127.0.0.1', port: 0, databaseUrl: db.url, ownerDatabaseUrl: superuser.toString(), seed: 'off' as const, scale: 1, dataSeed: 2014, logLevel: 'silent' as const, poolMax: 2, signingSecret: testSecret() };
    const refused = (what: string) => `DATABASE_URL's role must only append to the audit trail, but ${db.role} owns the ${what} (hand it over: ALTER DATABASE … OWNER TO <owner> and REASSIGN OWNED BY ${db.role} TO <owner>, as a superuser)`;
    const start = () =>
      startSubgraph(probe, config).then(async (running) => {
        await running.stop();
        return 'started';
      });
    await expect(start()).rejects.toThrow(refused('database'));

    // The same once the role has migrated the database itself, as before owners had a role of their own.
    const admin = await connect(inject('pgAdminUrl'));
    await admin.query(`drop database ${db.database} with (force)`);
    await admin.query(`create database ${db.database} owner ${db.role}`);
    const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: db.url, ...auditTables }), pool: { min: 0, max: 1 } });
    await migrate(orm).finally(() => orm.close(true));
    await expect(start()).rejects.toThrow(refused('table audit_entry'));
  });
});
