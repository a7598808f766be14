import type { EntityClass, EntityData, EntityManager, MikroORM, RequiredEntityData } from '@mikro-orm/postgresql';
import type { SubgraphConfig } from './config';
import type { SubgraphDefinition } from './server';
import type { Logger } from './logger';

/** Rows per INSERT: large enough to be fast, small enough to stay under PostgreSQL's 65k parameters. */
const CHUNK = 2000;

/** Progress of a running seed, per transaction: long tables report as they go. */
const progress = new WeakMap<EntityManager, Logger>();
const REPORT_EVERY = 20_000;

/**
 * Bulk-inserts plain rows through the ORM's metadata (column names, types), chunk by chunk.
 * Rows are `EntityData`: computed getters (federation stubs) are not columns and need no value.
 */
export async function insertAll<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: EntityData<T>[]): Promise<number> {
  const log = progress.get(em);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + CHUNK) as RequiredEntityData<T>[]);
    const done = Math.min(i + CHUNK, rows.length);
    if (log && rows.length > REPORT_EVERY && (done % REPORT_EVERY < CHUNK || done === rows.length)) {
      log.info(`seeding ${entity.name}: ${done} of ${rows.length} rows`);
    }
  }
  return rows.length;
}

/**
 * What a partner's seed is given: the world to take its slice of, named by the generator's seed
 * and scale (every partner given the same two writes the same young people), and where to report.
 */
export interface SeedOptions {
  seed: number;
  scale: number;
  logger: Logger;
}

/**
 * Runs the partner's seed when its database is empty (`seedMarker` has no row). One transaction:
 * a crash mid-way leaves an empty database that the next start seeds again, never half a seed.
 */
export async function seedIfEmpty<L>(orm: MikroORM, def: SubgraphDefinition<L>, config: SubgraphConfig, log: Logger) {
  const em = orm.em.fork();
  if ((await em.count(def.seedMarker!)) > 0) return;
  const started = Date.now();
  const counts = await em.transactional((tx) => {
    progress.set(tx, log);
    return def.seed!(tx, { seed: config.dataSeed, scale: config.scale, logger: log });
  });
  // Planner statistics now, not when autovacuum gets to it: without them a 16,000-pseudonym panel read
  // is estimated at one row and planned as 16,000 index probes. Tables the role does not own are skipped.
  await em.getConnection().execute('analyze');
  log.info(`seeded in ${Date.now() - started} ms`, counts);
}
