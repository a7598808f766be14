import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_RETENTION_MONTHS, crossCheckWitnesses, databaseTrail, retentionCutoff, retentionMonths, witnessHolds, witnessPeers, type PeerTrail, type WitnessFinding } from '@kassel-hub/governance';
import { ormOptions, readEnv } from '@kassel-hub/kit';
import { pruneAudit, verifyAuditChain, type ChainVerification, auditTables } from '@kassel-hub/governance';
import { partnerChoices, subgraphs } from '@kassel-hub/registry';
import { connectionEnv, partnerDatabaseUrl, peerDatabaseUrls, runCommand, UsageError } from './partner-connection';

/**
 * `npm run audit -- verify --partner <name>` checks a partner's audit trail, names the first
 * broken entry, and cross-checks the witnesses: the heads the other partners recorded of this
 * trail must still be in it, and those it recorded of theirs in theirs (exit 1 otherwise).
 * `npm run audit -- prune --partner <name> [--retention-months 12]` deletes entries older than the
 * retention and records that it did. `npm run audit -- witness --partner <name>` records the other
 * partners' chain heads in this partner's trail (a scheduled job; `npm start` runs it every few
 * minutes). `verify` connects as the partner's subgraph does (DATABASE_URL), `prune` and `witness`
 * as the database's owner (OWNER_DATABASE_URL), the other partners through AUDIT_PEER_URLS; without
 * them, to the local `npm start` setup (.data/secrets.json, embedded PostgreSQL on PG_PORT).
 */
const USAGE = `usage: npm run audit -- verify|prune|witness --partner <${partnerChoices()}> [--retention-months N] [--quiet]`;
const COMMANDS = ['verify', 'prune', 'witness'] as const;
type Command = (typeof COMMANDS)[number];

const envSchema = connectionEnv.extend({
  AUDIT_RETENTION_MONTHS: retentionMonths.default(DEFAULT_RETENTION_MONTHS),
});
type Env = z.infer<typeof envSchema>;

function args(env: Env) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { partner: { type: 'string' }, 'retention-months': { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const command = positionals[0] as Command;
  if (positionals.length !== 1 || !COMMANDS.includes(command)) throw new UsageError(USAGE);
  const partner = values.partner;
  if (!partner || !subgraphs.some((s) => s.name === partner)) throw new UsageError(`--partner must name a partner subgraph\n${USAGE}`);
  let months = env.AUDIT_RETENTION_MONTHS;
  if (values['retention-months'] !== undefined) {
    const parsed = retentionMonths.safeParse(values['retention-months']);
    if (!parsed.success) throw new UsageError(`--retention-months must be a whole number of months from 1 to 120, got ${values['retention-months']}`);
    months = parsed.data;
  }
  return { command, partner, months, quiet: values.quiet ?? false };
}

function report(partner: string, v: ChainVerification): boolean {
  if (!v.ok) {
    process.stdout.write(`✗ ${partner}: audit trail BROKEN at entry #${v.firstBrokenId} (${v.reason})\n  ${v.explanation}\n`);
    return false;
  }
  const start = /^0+$/.test(v.anchorHash) ? 'the beginning (never pruned)' : `a retention cut (anchor ${v.anchorHash})`;
  process.stdout.write(
    [
      `✓ ${partner}: audit trail intact, ${v.count} entries${v.firstId !== null ? ` from #${v.firstId}` : ''}, starting at ${start}`,
      `  head hash ${v.headHash}`,
      '',
    ].join('\n'),
  );
  return true;
}

/** Prints the witness findings that fail (all of them unless `quiet`); true when none fails. */
function reportWitnesses(findings: readonly WitnessFinding[], quiet: boolean): boolean {
  for (const f of findings) {
    if (!quiet || !witnessHolds(f)) process.stdout.write(`${witnessHolds(f) ? '✓' : '✗'} witness: ${f.explanation}\n`);
  }
  return findings.every(witnessHolds);
}

const openOrm = (url: string) => MikroORM.init({ ...ormOptions({ databaseUrl: url, ...auditTables }), pool: { min: 0, max: 2 } });

/** The other partners' trails, each over a connection of its own (closed by the caller). */
async function openPeers(env: Env, partner: string): Promise<{ trails: PeerTrail[]; close(): Promise<void> }> {
  const peers = peerDatabaseUrls(env, partner, subgraphs.map((s) => s.name));
  const opened = await Promise.allSettled(
    peers.map(async (p) => {
      const orm = await openOrm(p.url);
      const connection = await orm.checkConnection();
      if (connection.ok) return { partner: p.partner, orm };
      await orm.close(true);
      throw new Error(`cannot reach ${p.partner}'s audit trail for the witnesses: ${connection.reason}`);
    }),
  );
  const orms = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failed = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) {
    await Promise.all(orms.map((o) => o.orm.close(true)));
    throw failed.reason;
  }
  return {
    trails: orms.map((o) => databaseTrail(o.partner, o.orm.em.fork())),
    close: async () => void (await Promise.all(orms.map((o) => o.orm.close(true)))),
  };
}

async function main(): Promise<number> {
  const env = readEnv('npm run audit', envSchema, process.env);
  const { command, partner, months, quiet } = args(env);
  // Verifying reads; pruning deletes and witnessing writes owner records, which only the owner may do.
  const { url, where } = partnerDatabaseUrl(env, partner, command === 'verify' ? 'subgraph' : 'owner');
  const orm = await openOrm(url);
  try {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(`cannot connect to the ${partner} database via ${where}: ${connection.reason}`);
    const em = orm.em.fork();
    const [table] = await em.execute<{ t: string | null }[]>(`select to_regclass('audit_entry')::text as t`);
    if (!table.t) throw new Error(`the ${partner} database has no audit_entry table yet: start its subgraph once so that its migrations run`);
    if (command === 'verify') {
      const intact = report(partner, await verifyAuditChain(em));
      const peers = await openPeers(env, partner);
      try {
        if (peers.trails.length === 0) {
          process.stdout.write('  no other partners configured (AUDIT_PEER_URLS): whether the newest entries were cut off is not checked\n');
          return intact ? 0 : 1;
        }
        const witnessed = reportWitnesses(await crossCheckWitnesses(databaseTrail(partner, orm.em.fork()), peers.trails), false);
        return intact && witnessed ? 0 : 1;
      } finally {
        await peers.close();
      }
    }
    if (command === 'witness') {
      const peers = await openPeers(env, partner);
      try {
        if (peers.trails.length === 0) throw new Error('no other partners to witness: set AUDIT_PEER_URLS (partner=postgres://…, comma-separated)');
        const run = await witnessPeers(em, partner, peers.trails, { user: `cli:${userInfo().username}`, partner, roles: ['system'] });
        const held = reportWitnesses(run.findings, quiet);
        if (!quiet) {
          for (const r of run.recorded) process.stdout.write(`✓ ${partner} witnessed ${r.head.partner}'s head #${r.head.id} (${r.head.hash}) as entry #${r.entry.id}\n`);
          for (const p of run.empty) process.stdout.write(`  ${p}'s audit trail is still empty; nothing to witness\n`);
          for (const p of run.unchanged) process.stdout.write(`  ${p}'s head is the one witnessed last time; nothing new to record\n`);
        }
        return held ? 0 : 1;
      } finally {
        await peers.close();
      }
    }

    const olderThan = retentionCutoff(new Date(), months);
    const actor = { user: `cli:${userInfo().username}`, partner, roles: ['system'], legalBasis: `retention of ${months} months (AUDIT_RETENTION_MONTHS)` };
    const pruned = await pruneAudit(em, olderThan, actor);
    process.stdout.write(
      `✓ ${partner}: deleted ${pruned.deleted} audit entries older than ${olderThan.toISOString()} (retention ${months} months)` +
        `${pruned.upTo ? `, the newest of them from ${pruned.upTo.toISOString()}` : ''}\n` +
        `  recorded as RETENTION entry #${pruned.entry.id}\n`,
    );
    return report(partner, await verifyAuditChain(orm.em.fork())) ? 0 : 1;
  } finally {
    await orm.close(true);
  }
}

runCommand(main);
