import { z } from 'zod';
import { envSchemas, loadSubgraphConfig, readEnv } from './config';
import { createLogger } from './logger';
import { migrateAsOwner } from './owner-migration';
import { setupTracing } from '@kassel-hub/telemetry';
import { startSubgraph, type SubgraphDefinition } from './server';
import { moveRecords, type AdoptedRecords } from './handover/move-records';

/**
 * `node <subgraph>/dist/index.js migrate`: the partner's migrations as its database's owner
 * (OWNER_DATABASE_URL), then the grants for the serving role (DATABASE_URL), from the subgraph's
 * own image: a deployment runs it once as a job before the subgraph's replicas start, and those
 * never get the owner's URL. `npm run migrate` does the same for a checkout.
 */
async function migrateCommand<L>(def: SubgraphDefinition<L>): Promise<void> {
  const env = readEnv(`${def.name} migrate`, migrateEnv, process.env);
  const applied = await migrateAsOwner(def, env.OWNER_DATABASE_URL, env.DATABASE_URL);
  createLogger(def.name, env.LOG_LEVEL, env.LOG_FORMAT).info(applied.length ? `migrated: ${applied.join(', ')}` : 'no pending migrations');
}

/** A migration needs both roles' URLs and nothing of the serving configuration (no signing secret). */
const migrateEnv = z.object({
  DATABASE_URL: envSchemas.postgresUrl,
  OWNER_DATABASE_URL: envSchemas.postgresUrl,
  LOG_LEVEL: envSchemas.logLevel.default('info'),
  LOG_FORMAT: envSchemas.logFormat.default('text'),
});

/** A handover needs both owners' URLs: the source's, and this partner's own. */
const adoptEnv = z.object({
  OWNER_DATABASE_URL: envSchemas.postgresUrl,
  SOURCE_OWNER_DATABASE_URL: envSchemas.postgresUrl,
  LOG_LEVEL: envSchemas.logLevel.default('info'),
  LOG_FORMAT: envSchemas.logFormat.default('text'),
});

export class UnknownAdoptionError extends Error {
  readonly code = 'UNKNOWN_MOVE';
}

/**
 * `node <subgraph>/dist/index.js adopt <move>`: the deploy step that hands over records the law
 * gave this partner (its manifest's `adopts`), as both databases' owners, after this partner's
 * migrations and before the source's (whose migration drops the table and refuses while a record
 * is left). Harmless when there is nothing left to move. `npm run move` does the same for a checkout.
 */
async function adoptCommand<L>(def: SubgraphDefinition<L>, adopts: readonly AdoptedRecords[], name: string | undefined): Promise<void> {
  const adopted = adopts.find((a) => a.name === name);
  if (!adopted) throw new UnknownAdoptionError(`usage: adopt <${adopts.map((a) => a.name).join('|') || 'no moves: this partner adopts none'}>`);
  const env = readEnv(`${def.name} adopt`, adoptEnv, process.env);
  const log = createLogger(def.name, env.LOG_LEVEL, env.LOG_FORMAT);
  const result = await moveRecords({ ...adopted, to: def.name }, env.SOURCE_OWNER_DATABASE_URL, env.OWNER_DATABASE_URL, `deploy:${def.name}`);
  if (!result.sourceHadTable) log.info(`${adopted.name}: ${adopted.from} has no ${adopted.table} table any more; nothing to move`);
  else log.info(`${adopted.name}: ${result.moved} record(s) handed over from ${adopted.from}${result.alreadyThere ? ` (${result.alreadyThere} already here, identical)` : ''}`);
}

/** Runs a one-shot command and exits 0, or logs its error and exits 1. */
function runOnce(name: string, command: () => Promise<void>): void {
  command().then(
    () => process.exit(0),
    (err: Error) => {
      createLogger(name).error(err.message);
      process.exit(1);
    },
  );
}

/**
 * The whole `index.ts` of a subgraph: read config, start, stop cleanly on SIGINT/SIGTERM, and exit
 * non-zero on any start-up failure (a crashed service must never look like a clean exit). With the
 * argument `migrate`, it migrates instead (see `migrateCommand`); with `adopt <move>`, it takes
 * over records from another partner (`adoptCommand`; `adopts`: the partner manifest's).
 */
export function runSubgraph<L>(def: SubgraphDefinition<L>, adopts: readonly AdoptedRecords[] = []): void {
  let log = createLogger(def.name);
  if (process.argv[2] === 'migrate') return runOnce(def.name, () => migrateCommand(def));
  if (process.argv[2] === 'adopt') return runOnce(def.name, () => adoptCommand(def, adopts, process.argv[3]));
  (async () => {
    const config = loadSubgraphConfig(def.name, def.defaultPort);
    log = createLogger(def.name, config.logLevel, config.logFormat);
    if (config.tracesEndpoint) setupTracing(def.name, { endpoint: config.tracesEndpoint });
    const running = await startSubgraph(def, config, log);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: finishing in-flight requests`);
      await running.stop();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  })().catch((err: Error) => {
    log.error(`failed to start: ${err.message}`);
    process.exit(1);
  });
}
