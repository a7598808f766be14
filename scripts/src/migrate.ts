import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { migrateAsOwner, readEnv } from '@kassel-hub/kit';
import { partnerChoices, subgraphByName, subgraphs } from '@kassel-hub/registry';
import { connectionEnv, partnerDatabaseUrl, runCommand, UsageError } from './partner-connection';

/**
 * `npm run migrate -- --partner <name>` applies a partner's pending migrations as its database's
 * owner (OWNER_DATABASE_URL), then grants the subgraph's role (DATABASE_URL's) what it needs and
 * checks that it can only append to the audit trail. Without the URLs: the local `npm start`
 * installation. `npm start` runs it before each subgraph starts; in production it is the deploy
 * step, so that the serving subgraph never holds the owner's password.
 */
const USAGE = `usage: npm run migrate -- --partner <${partnerChoices()}>`;

function partnerArg(): string {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { partner: { type: 'string' } } });
  const partner = values.partner;
  if (positionals.length || !partner || !subgraphs.some((s) => s.name === partner)) throw new UsageError(USAGE);
  return partner;
}

async function main(): Promise<number> {
  const env = readEnv('npm run migrate', connectionEnv, process.env);
  const partner = partnerArg();
  const def = subgraphByName(partner);
  const owner = partnerDatabaseUrl(env, partner, 'owner');
  const serving = partnerDatabaseUrl(env, partner, 'subgraph');
  const applied = await migrateAsOwner(def, owner.url, serving.url).catch((err: Error) => {
    throw new Error(`${partner}: migration failed via ${owner.where}: ${err.message}`);
  });
  process.stdout.write(
    `✓ ${partner}: ${applied.length ? `applied ${applied.join(', ')}` : 'no pending migrations'}; ` +
      `${decodeURIComponent(new URL(serving.url).username)} may use the tables and only append to the audit trail\n`,
  );
  return 0;
}

runCommand(main);
