import { resolve } from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditAction, appendAudit, auditTables } from '@kassel-hub/governance';
import { migrateAsOwner, ormOptions } from '@kassel-hub/kit';
import { MikroORM } from '@mikro-orm/postgresql';
import { runNode, type CommandResult } from './support/command';
import { createTestDatabase, type TestDatabase } from './support/databases';

const AUDIT = resolve(__dirname, '../scripts/dist/audit.js');

/** `npm run audit` as an operator or a scheduler runs it: its exit code and what it printed. */
function auditCommand(args: string[], env: Record<string, string>): Promise<CommandResult> {
  // HUB_DATA_DIR points nowhere: only the URLs given here may be used, never a local installation.
  return runNode(AUDIT, args, { HUB_DATA_DIR: resolve(__dirname, 'no-such-installation'), ...env });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

interface Partner {
  name: string;
  db: TestDatabase;
  /** The partner's subgraph logging `n` requests' reads. */
  reads(n: number): Promise<void>;
}

async function partner(name: string): Promise<Partner> {
  const db = await createTestDatabase(name, { owner: true });
  cleanups.push(() => db.drop());
  await migrateAsOwner(auditTables, db.ownerUrl!, db.url);
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: db.url, ...auditTables }), pool: { min: 0, max: 1 } });
  cleanups.push(() => orm.close(true));
  const reads = async (n: number) =>
    void (await appendAudit(
      orm.em.fork(),
      // Each entry as a fan-out writes it: several young people, each with their own legal basis.
      Array.from({ length: n }, (_, i) => {
        const people = [0, 1, 2].map((j) => `Y${String(i * 3 + j).padStart(12, '0')}`);
        return { user: 'chambers-caseworker-1', partner: 'chambers', roles: ['caseworker'], action: AuditAction.READ, pseudonyms: people, legalBases: people.map((q) => `consent:${q}`), fields: ['schoolLeaving'] };
      }),
    ));
  return { name, db, reads };
}

/** The environment of one partner's scheduled job: its own database, the others' through AUDIT_PEER_URLS. */
const envOf = (p: Partner, all: Partner[]) => ({
  DATABASE_URL: p.db.url,
  OWNER_DATABASE_URL: p.db.ownerUrl!,
  AUDIT_PEER_URLS: all
    .filter((o) => o !== p)
    .map((o) => `${o.name}=${o.db.url}`)
    .join(','),
});

async function asOwner(p: Partner, sql: string) {
  const client = new Client({ connectionString: p.db.ownerUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('npm run audit: verify, prune and witness as the operators run them', () => {
  it('witnesses recorded by the scheduled job let verify on any partner catch the newest entries being cut off', async () => {
    const all = await Promise.all(['schools', 'employment', 'chambers'].map(partner));
    const [schools, employment, chambers] = all;
    for (const p of all) await p.reads(4);
    for (const p of all) {
      const run = await auditCommand(['witness', '--partner', p.name], envOf(p, all));
      expect(run.code, run.out).toBe(0);
      expect(run.out).toMatch(new RegExp(`✓ ${p.name} witnessed \\w+'s head #\\d+ \\([0-9a-f]{64}\\) as entry #\\d+`));
    }
    const before = await auditCommand(['verify', '--partner', 'schools'], envOf(schools, all));
    expect(before.code, before.out).toBe(0);
    expect(before.out).toContain('✓ schools: audit trail intact');
    expect(before.out).toMatch(/✓ witness: employment witnessed schools's entry #\d+ .*; it is still in the chain/);

    // The schools database's owner removes the newest entries: the rest is a valid chain.
    await asOwner(schools, 'delete from audit_entry where id > (select min(id) + 1 from audit_entry)');
    const after = await auditCommand(['verify', '--partner', 'schools'], envOf(schools, all));
    expect(after.code, after.out).toBe(1);
    expect(after.out).toContain('✓ schools: audit trail intact, 2 entries');
    expect(after.out).toMatch(/✗ witness: employment witnessed schools's entry #\d+ .*no longer in the chain: the newest entries were removed/);
    expect(after.out).toMatch(/✗ witness: chambers witnessed schools's entry #\d+ .*no longer in the chain/);
    // Verify on another partner reports it too, and its witness job refuses to move on.
    const elsewhere = await auditCommand(['verify', '--partner', 'employment'], envOf(employment, all));
    expect(elsewhere.code, elsewhere.out).toBe(1);
    expect(elsewhere.out).toMatch(/✗ witness: employment witnessed schools's entry/);
    const next = await auditCommand(['witness', '--partner', 'chambers', '--quiet'], envOf(chambers, all));
    expect(next.code).toBe(1);
    expect(next.out.trim().split('\n')).toEqual([expect.stringMatching(/^✗ witness: chambers witnessed schools's entry/)]);
  });

  it('prune as the owner keeps the trail and its witnesses verifiable; without peers verify says what it could not check', async () => {
    const all = await Promise.all(['schools', 'chambers'].map(partner));
    const [schools, chambers] = all;
    await schools.reads(3);
    await chambers.reads(3);
    expect((await auditCommand(['witness', '--partner', 'chambers'], envOf(chambers, all))).code).toBe(0);
    const pruned = await auditCommand(['prune', '--partner', 'schools', '--retention-months', '1'], envOf(schools, all));
    expect(pruned.code, pruned.out).toBe(0);
    expect(pruned.out).toMatch(/✓ schools: deleted 0 audit entries older than .* recorded as RETENTION entry #\d+/s);
    const verified = await auditCommand(['verify', '--partner', 'schools'], envOf(schools, all));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toMatch(/✓ schools: audit trail intact, 4 entries/);
    const alone = await auditCommand(['verify', '--partner', 'schools'], { ...envOf(schools, all), AUDIT_PEER_URLS: '' });
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('no other partners configured (AUDIT_PEER_URLS)');
  });

  it('wrong usage exits 2; the subgraph\'s role cannot run the owner\'s witness job', async () => {
    expect((await auditCommand(['seal', '--partner', 'schools'], {})).code).toBe(2);
    expect((await auditCommand(['witness', '--partner', 'police'], {})).code).toBe(2);
    const all = await Promise.all(['schools', 'chambers'].map(partner));
    await all[1].reads(1);
    const asServing = await auditCommand(['witness', '--partner', 'schools'], { ...envOf(all[0], all), OWNER_DATABASE_URL: all[0].db.url });
    expect(asServing.code).toBe(1);
    expect(asServing.out).toMatch(/only the owner of the audit trail .* may write a WITNESS entry/);
  });
});
