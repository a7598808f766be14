import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  DEFAULT_RETENTION_MONTHS,
  ormOptions,
  pruneAudit,
  readEnv,
  retentionCutoff,
  retentionMonths,
  verifyAuditChain,
  type ChainVerification,
} from '@kassel-hub/kit';
import { subgraphs } from './registry';
import { connectionEnv, partnerDatabaseUrl, UsageError } from './partner-connection';

/**
 * `npm run audit -- verify --partner <name>` checks a partner's audit trail and names the first
 * broken entry (exit 1). `npm run audit -- prune --partner <name> [--retention-months 12]` deletes
 * entries older than the retention and records that it did. `verify` connects as the partner's
 * subgraph does (DATABASE_URL), `prune` as the database's owner (OWNER_DATABASE_URL); without
 * them, to the local `npm start` setup (.data/secrets.json, embedded PostgreSQL on PG_PORT).
 */
const USAGE = 'usage: npm run audit -- verify|prune --partner <municipality|schools|employment|chambers> [--retention-months N]';

const envSchema = connectionEnv.extend({
  AUDIT_RETENTION_MONTHS: retentionMonths.default(DEFAULT_RETENTION_MONTHS),
});
type Env = z.infer<typeof envSchema>;

function args(env: Env) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { partner: { type: 'string' }, 'retention-months': { type: 'string' } },
  });
  const command = positionals[0];
  if (positionals.length !== 1 || (command !== 'verify' && command !== 'prune')) throw new UsageError(USAGE);
  const partner = values.partner;
  if (!partner || !subgraphs.some((s) => s.name === partner)) throw new UsageError(`--partner must name a partner subgraph\n${USAGE}`);
  let months = env.AUDIT_RETENTION_MONTHS;
  if (values['retention-months'] !== undefined) {
    const parsed = retentionMonths.safeParse(values['retention-months']);
    if (!parsed.success) throw new UsageError(`--retention-months must be a whole number of months from 1 to 120, got ${values['retention-months']}`);
    months = parsed.data;
  }
  return { command, partner, months };
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
      '  (keep the head hash outside this database: it later proves that no newest entries were removed)',
      '',
    ].join('\n'),
  );
  return true;
}

async function main(): Promise<number> {
  const env = readEnv('npm run audit', envSchema, process.env);
  const { command, partner, months } = args(env);
  // Verifying reads; pruning deletes, which only the database's owner may do.
  const { url, where } = partnerDatabaseUrl(env, partner, command === 'prune' ? 'owner' : 'subgraph');
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: url, entities: [], migrations: [] }), pool: { min: 0, max: 2 } });
  try {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(`cannot connect to the ${partner} database via ${where}: ${connection.reason}`);
    const em = orm.em.fork();
    const [table] = await em.execute<{ t: string | null }[]>(`select to_regclass('audit_entry')::text as t`);
    if (!table.t) throw new Error(`the ${partner} database has no audit_entry table yet: start its subgraph once so that its migrations run`);
    if (command === 'verify') return report(partner, await verifyAuditChain(em)) ? 0 : 1;

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

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
