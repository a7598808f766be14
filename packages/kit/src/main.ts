import { z } from 'zod';
import { envSchemas, loadSubgraphConfig, readEnv } from './config';
import { createLogger } from './logger';
import { migrateAsOwner } from './owner-migration';
import { setupTracing } from '@kassel-hub/telemetry';
import { startSubgraph, type SubgraphDefinition } from './server';

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

/** A one-shot command of a subgraph's image besides `migrate` (`node dist/index.js <name> <args…>`). */
export type SubgraphCommand = (args: readonly string[]) => Promise<void>;

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
 * argument `migrate`, it migrates instead (see `migrateCommand`); with the name of one of
 * `commands`, it runs that (governance's `runPartner` adds `adopt <move>` this way).
 */
export function runSubgraph<L>(def: SubgraphDefinition<L>, commands: Readonly<Record<string, SubgraphCommand>> = {}): void {
  let log = createLogger(def.name);
  const [name, ...args] = process.argv.slice(2);
  if (name === 'migrate') return runOnce(def.name, () => migrateCommand(def));
  if (name && Object.hasOwn(commands, name)) return runOnce(def.name, () => commands[name]!(args));
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
