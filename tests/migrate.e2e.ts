import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startSubgraph, type SubgraphConfig } from '@kassel-hub/kit';
import { schools } from '@kassel-hub/schools';
import { runNode, type CommandResult } from './support/command';
import { createTestDatabase, type TestDatabase } from './support/databases';
import { testSecret } from './support/http';

const MIGRATE = resolve(__dirname, '../scripts/dist/migrate.js');
const SCHOOLS_SUBGRAPH = resolve(__dirname, '../subgraphs/schools/dist/index.js');

/** `npm run migrate` as an operator runs it (or another built script): its exit code and what it printed. */
function migrateCommand(args: string[], env: Record<string, string>, script = MIGRATE): Promise<CommandResult> {
  return runNode(script, args, env);
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function ownedDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase('schools', { owner: true });
  cleanups.push(() => db.drop());
  return db;
}

const servingConfig = (db: TestDatabase): SubgraphConfig => ({
  name: 'schools',
  host: '127.0.0.1',
  port: 0,
  databaseUrl: db.url,
  seed: 'auto',
  scale: 0.05,
  dataSeed: 2014,
  logLevel: 'silent',
  poolMax: 2,
  signingSecret: testSecret(),
});

describe('npm run migrate: migrations as the database owner, before the subgraph serves without its password', () => {
  it('migrates once, says so, and the subgraph then seeds and serves as a role that cannot change the audit trail', async () => {
    const db = await ownedDatabase();
    const env = { DATABASE_URL: db.url, OWNER_DATABASE_URL: db.ownerUrl! };
    const first = await migrateCommand(['--partner', 'schools'], env);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/^✓ schools: applied Migration\d+/);
    expect(first.out).toContain(`${db.role} may use the tables and only append to the audit trail`);
    const again = await migrateCommand(['--partner', 'schools'], env);
    expect(again.out).toBe(`✓ schools: no pending migrations; ${db.role} may use the tables and only append to the audit trail\n`);

    // No owner URL: the serving process never had the owner's password.
    const running = await startSubgraph(schools, servingConfig(db));
    cleanups.push(() => running.stop());
    const client = new Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(() => client.end());
    expect((await client.query('select count(*)::int as n from school')).rows[0].n).toBeGreaterThan(0);
    await expect(client.query('delete from audit_entry')).rejects.toMatchObject({ code: '42501' });
  });

  it('a subgraph started before the migrations refuses to start and names the command', async () => {
    const db = await ownedDatabase();
    await expect(startSubgraph(schools, servingConfig(db))).rejects.toThrow(
      "the schools database has migrations that DATABASE_URL's role may not apply: run `npm run migrate -- --partner schools` as the database's owner first",
    );
  });

  it('wrong usage exits 2; the same role as owner and as subgraph is refused', async () => {
    expect((await migrateCommand([], {})).code).toBe(2);
    expect((await migrateCommand(['--partner', 'police'], {})).code).toBe(2);
    const db = await ownedDatabase();
    const same = await migrateCommand(['--partner', 'schools'], { DATABASE_URL: db.url, OWNER_DATABASE_URL: db.url });
    expect(same.code).toBe(1);
    expect(same.out).toContain("the owner's URL must name another role than DATABASE_URL");
  });

  it("the subgraph's own image migrates as a job: `index.js migrate` with both URLs as secret files, no signing secret", async () => {
    const db = await ownedDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'hub-migrate-secrets-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'url'), `${db.url}\n`);
    await writeFile(join(dir, 'owner-url'), `${db.ownerUrl}\n`);
    const env = { DATABASE_URL_FILE: join(dir, 'url'), OWNER_DATABASE_URL_FILE: join(dir, 'owner-url'), LOG_LEVEL: 'info' };
    const first = await migrateCommand(['migrate'], env, SCHOOLS_SUBGRAPH);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/migrated: Migration\d+/);
    expect((await migrateCommand(['migrate'], env, SCHOOLS_SUBGRAPH)).out).toMatch(/no pending migrations/);
    const running = await startSubgraph(schools, servingConfig(db));
    cleanups.push(() => running.stop());

    const withoutOwner = await migrateCommand(['migrate'], { DATABASE_URL: db.url }, SCHOOLS_SUBGRAPH);
    expect(withoutOwner.code).toBe(1);
    expect(withoutOwner.out).toMatch(/OWNER_DATABASE_URL/);
  });
});
