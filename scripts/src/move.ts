import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { readEnv } from '@kassel-hub/kit';
import { z } from 'zod';
import { moveRecords } from '@kassel-hub/governance';
import { moveByName, MOVES } from './moves';
import { connectionEnv, partnerDatabaseUrl, runCommand, UsageError } from './partner-connection';

/**
 * `npm run move -- <move>` hands records over from one partner's database to another's, as both
 * databases' owners (SOURCE_OWNER_DATABASE_URL, TARGET_OWNER_DATABASE_URL; without them the local
 * `npm start` installation). See packages/governance/src/handover/move-records.ts for why it cannot lose a record.
 */
const USAGE = `usage: npm run move -- <${MOVES.map((m) => m.name).join('|')}>`;

const envSchema = connectionEnv.extend({
  SOURCE_OWNER_DATABASE_URL: z.string().url().optional(),
  TARGET_OWNER_DATABASE_URL: z.string().url().optional(),
});

async function main(): Promise<number> {
  const env = readEnv('npm run move', envSchema, process.env);
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const move = positionals.length === 1 ? moveByName(positionals[0]) : undefined;
  if (!move) throw new UsageError(USAGE);
  const source = env.SOURCE_OWNER_DATABASE_URL ?? partnerDatabaseUrl(env, move.from, 'owner').url;
  const target = env.TARGET_OWNER_DATABASE_URL ?? partnerDatabaseUrl(env, move.to, 'owner').url;
  const result = await moveRecords(move, source, target, `cli:${userInfo().username}`);
  if (!result.sourceHadTable) process.stdout.write(`✓ ${move.name}: ${move.from} has no ${move.table} table any more; nothing to move\n`);
  else process.stdout.write(`✓ ${move.name}: ${result.moved} record(s) handed over from ${move.from} to ${move.to}${result.alreadyThere ? ` (${result.alreadyThere} of them were there already, identical)` : ''}; both audit trails record it\n`);
  return 0;
}

runCommand(main);
