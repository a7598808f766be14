import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { AuditAction, appendAudit, verifyAuditChain, type AuditInput } from '@kassel-hub/governance';
import { createOrm, migrateAsOwner, provisionPartnerDatabase, partnerOwnerUrl } from '@kassel-hub/kit';
import { startTempPostgres } from '@kassel-hub/scripts/dist/temp-postgres';
import { subgraphByName } from '@kassel-hub/scripts/dist/registry';
import { ROOT } from './stack';

/*
 * `npm run bench:audit`: how many audit entries one partner's trail takes per second. Each partner
 * has exactly one chain, and every append takes the chain's lock, so this is the one write path
 * that does not scale with subgraph replicas. Writers append single requests' entries (two fields
 * read of one person each, as a fan-out's read does) the way requests do: outside a transaction,
 * so that appends arriving together share one commit. Measured as the serving role, on a database
 * the owner migrated (the guard trigger included), then verified whole.
 */

const ENTRIES_PER_APPEND = 2;
const APPENDS_PER_WRITER = 400;
const WRITERS = [1, 8, 32, 128];

const read = (i: number): AuditInput => ({
  user: 'coordination-caseworker-1',
  partner: 'coordination',
  roles: ['caseworker'],
  purpose: 'TRANSITION_SUPPORT',
  action: AuditAction.READ,
  pseudonym: `Y${String(i % 1e12).padStart(12, '0')}`,
  legalBasis: 'consent:bench',
  fields: ['schoolLeaving'],
});

async function main() {
  const pg = await startTempPostgres();
  const rows: { writers: number; appends: number; entries: number; seconds: number; entriesPerSecond: number; appendsPerSecond: number }[] = [];
  try {
    const db = { database: 'schools_audit', role: 'schools_audit', password: randomBytes(12).toString('hex'), owner: { role: 'schools_audit_owner', password: randomBytes(12).toString('hex') } };
    const url = await provisionPartnerDatabase(pg.adminUrl, db);
    const def = subgraphByName('schools');
    await migrateAsOwner(def, partnerOwnerUrl(pg.adminUrl, db)!, url);
    const orm = await createOrm({ databaseUrl: url, entities: def.entities, migrations: def.migrations, extensions: def.extensions, poolMax: 10 });
    try {
      let n = 0;
      for (const writers of WRITERS) {
        const started = process.hrtime.bigint();
        await Promise.all(
          Array.from({ length: writers }, async () => {
            for (let i = 0; i < APPENDS_PER_WRITER; i++) await appendAudit(orm.em.fork(), Array.from({ length: ENTRIES_PER_APPEND }, () => read(n++)));
          }),
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const appends = writers * APPENDS_PER_WRITER;
        rows.push({ writers, appends, entries: appends * ENTRIES_PER_APPEND, seconds, entriesPerSecond: (appends * ENTRIES_PER_APPEND) / seconds, appendsPerSecond: appends / seconds });
        process.stdout.write(`${writers} writers: ${(appends / seconds).toFixed(0)} appends/s, ${((appends * ENTRIES_PER_APPEND) / seconds).toFixed(0)} entries/s\n`);
      }
      const verdict = await verifyAuditChain(orm.em.fork());
      if (!verdict.ok) throw new Error(`the chain does not verify after the run: ${JSON.stringify(verdict)}`);
    } finally {
      await orm.close(true);
    }
  } finally {
    await pg.stop();
  }
  const date = new Date().toISOString().slice(0, 10);
  const machine = { nproc: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  const dir = join(ROOT, 'bench/results');
  await mkdir(dir, { recursive: true });
  const md = [
    `# Audit append rate, ${date}`,
    '',
    `One partner's chain (schools), serving role, guard trigger on; ${ENTRIES_PER_APPEND} entries per append, ${APPENDS_PER_WRITER} appends per writer; ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}. The chain verified whole afterwards.`,
    '',
    '| concurrent writers | appends | seconds | appends/s | entries/s |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.writers} | ${r.appends} | ${r.seconds.toFixed(2)} | ${r.appendsPerSecond.toFixed(0)} | ${r.entriesPerSecond.toFixed(0)} |`),
    '',
  ].join('\n');
  await writeFile(join(dir, `${date}-audit-rate.json`), `${JSON.stringify({ date, machine, entriesPerAppend: ENTRIES_PER_APPEND, rows }, null, 2)}\n`);
  await writeFile(join(dir, `${date}-audit-rate.md`), md);
  process.stdout.write(`${md}\nwritten to bench/results/${date}-audit-rate.{json,md}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
