import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrateAsOwner, ormOptions } from '@kassel-hub/kit';
import { auditTables, moveRecords, MoveConflictError, verifyAuditChain } from '@kassel-hub/governance';
import { municipality } from '@kassel-hub/municipality';
import { youthWelfare } from '@kassel-hub/youthwelfare';
import { moveByName } from '../scripts/src/moves';
import { createTestDatabase, type TestDatabase } from './support/databases';

/*
 * The youth-welfare measures move from the city's database to the youth welfare office's. An
 * installation that ran before the move holds them in the city's database; the city's migration
 * that drops their table must not lose one, and the move must hand each over intact.
 */
const move = moveByName('welfare-measures')!;
// The city's schema as it was before the move: every migration up to the one that drops the table.
const dropIndex = municipality.migrations.findIndex((m) => m.name === 'Migration20261203160100');
const before = { entities: municipality.entities, migrations: municipality.migrations.slice(0, dropIndex - 1), extensions: municipality.extensions };

const rows = [
  ['W000001', 'Y00000000000A', 'JUGENDWERKSTATT', '2024-09-01', '2025-06-30'],
  ['W000002', 'Y00000000000B', 'JUGENDWERKSTATT', '2025-01-15', null],
  ['W000003', 'Y00000000000C', 'JUGENDWERKSTATT', '2025-02-01', null],
];

async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const auditIntact = async (url: string) => {
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 1 } });
  try {
    return (await verifyAuditChain(orm.em.fork())).ok;
  } finally {
    await orm.close(true);
  }
};

describe('moving the youth-welfare measures from the city to the youth welfare office', () => {
  let city: TestDatabase;
  let office: TestDatabase;
  beforeAll(async () => {
    [city, office] = await Promise.all([createTestDatabase('municipality', { owner: true }), createTestDatabase('youthwelfare', { owner: true })]);
    await migrateAsOwner(before, city.ownerUrl!, city.url);
    await migrateAsOwner(youthWelfare, office.ownerUrl!, office.url);
    for (const r of rows) await sql(city.ownerUrl!, 'insert into welfare_participation (id, pseudonym, measure, start, "end") values ($1, $2, $3, $4, $5)', r);
  });
  afterAll(async () => {
    await Promise.all([city?.drop(), office?.drop()]);
  });

  it("the city's migration refuses to drop the table while it holds measures, and keeps them", async () => {
    await expect(migrateAsOwner(municipality, city.ownerUrl!, city.url)).rejects.toThrow(/still holds 3 rows .* npm run move -- welfare-measures/);
    expect(await sql(city.ownerUrl!, 'select count(*)::int as n from welfare_participation')).toEqual([{ n: 3 }]);
  });

  it('a record the office holds with other content stops the move before anything is deleted at the city', async () => {
    await sql(office.ownerUrl!, "insert into welfare_participation (id, pseudonym, measure, start, \"end\") values ('W000002', 'Y00000000000B', 'JUGENDWERKSTATT', '2025-01-16', null)");
    const failed = moveRecords(move, city.ownerUrl!, office.ownerUrl!, 'test');
    await expect(failed).rejects.toBeInstanceOf(MoveConflictError);
    await expect(failed).rejects.toThrow(/W000002/);
    expect(await sql(city.ownerUrl!, 'select count(*)::int as n from welfare_participation')).toEqual([{ n: 3 }]);
    await sql(office.ownerUrl!, "delete from welfare_participation where id = 'W000002'");
  });

  it('the move hands every record over unchanged, records it in both audit trails, and the migration then drops the empty table', async () => {
    const result = await moveRecords(move, city.ownerUrl!, office.ownerUrl!, 'test');
    // W000001 and W000003 reached the office in the refused run (copies are made first); they are identical.
    expect(result).toEqual({ moved: 3, alreadyThere: 2, sourceHadTable: true });
    const held = await sql<{ id: string; pseudonym: string; measure: string; start: string; end: string | null }>(
      office.ownerUrl!,
      `select id, pseudonym, measure::text, to_char(start, 'YYYY-MM-DD') as start, to_char("end", 'YYYY-MM-DD') as "end" from welfare_participation order by id`,
    );
    expect(held.map((r) => [r.id, r.pseudonym, r.measure, r.start, r.end])).toEqual(rows);
    expect(await sql(city.ownerUrl!, 'select count(*)::int as n from welfare_participation')).toEqual([{ n: 0 }]);

    const [given] = await sql<{ detail: { to: string; records: number; pseudonyms: string[] } }>(city.ownerUrl!, "select detail from audit_entry where action = 'CHANGE' and legal_basis like 'handover to youthwelfare%'");
    expect(given.detail).toMatchObject({ to: 'youthwelfare', records: 3, pseudonyms: ['Y00000000000A', 'Y00000000000B', 'Y00000000000C'] });
    const taken = await sql(office.ownerUrl!, "select detail from audit_entry where action = 'IMPORT' and legal_basis like 'handover from municipality%'");
    expect(taken).toHaveLength(2);
    expect(await auditIntact(city.ownerUrl!)).toBe(true);
    expect(await auditIntact(office.ownerUrl!)).toBe(true);

    await migrateAsOwner(municipality, city.ownerUrl!, city.url);
    expect(await sql(city.ownerUrl!, "select to_regclass('welfare_participation')::text as t")).toEqual([{ t: null }]);
    // Once the table is gone, the move has nothing to do and says so.
    expect(await moveRecords(move, city.ownerUrl!, office.ownerUrl!, 'test')).toEqual({ moved: 0, alreadyThere: 0, sourceHadTable: false });
  });

  it("the deploy step, the office's image with `adopt welfare-measures`, exits 0 with nothing left to move, and refuses a move the office does not adopt", () => {
    // What compose's adopt-welfare-measures service and the Kubernetes handover Job run.
    const adopt = (...args: string[]) =>
      spawnSync(process.execPath, [resolve(__dirname, '../subgraphs/youthwelfare/dist/index.js'), 'adopt', ...args], {
        env: { PATH: process.env.PATH, OWNER_DATABASE_URL: office.ownerUrl!, SOURCE_OWNER_DATABASE_URL: city.ownerUrl!, LOG_FORMAT: 'text' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const done = adopt('welfare-measures');
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout + done.stderr).toMatch(/nothing to move/);
    const unknown = adopt('school-careers');
    expect(unknown.status).toBe(1);
    expect(unknown.stdout + unknown.stderr).toMatch(/usage: adopt <welfare-measures>/);
  });
});
