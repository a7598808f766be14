import type { EntityClass, EntityData, EntityManager, MikroORM, RequiredEntityData } from '@mikro-orm/postgresql';
import { generate, type KasselData } from '@kassel-hub/datagen';
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

/** Generates the synthetic Kassel once per process and scale (every subgraph derives the same world). */
const cache = new Map<string, KasselData>();
export function generatedData(scale: number, seed: number, log?: Logger): KasselData {
  const key = `${seed}:${scale}`;
  let data = cache.get(key);
  if (!data) {
    log?.info(`generating synthetic Kassel (seed ${seed}, scale ${scale})`);
    data = generate({ seed, scale, onProgress: (step, done, total) => log?.debug(`generated ${step} (${done}/${total})`) });
    cache.set(key, data);
  }
  return data;
}

/**
 * Loads this partner's slice of the generated data when its database is empty. One transaction:
 * a crash mid-way leaves an empty database that the next start seeds again, never half a seed.
 */
export async function seedIfEmpty<L>(orm: MikroORM, def: SubgraphDefinition<L>, config: SubgraphConfig, log: Logger) {
  const em = orm.em.fork();
  if ((await em.count(def.seedMarker!)) > 0) return;
  const data = generatedData(config.scale, config.dataSeed, log);
  const started = Date.now();
  const counts = await em.transactional((tx) => {
    progress.set(tx, log);
    return def.seed!(tx, data, log);
  });
  // Planner statistics now, not when autovacuum gets to it: without them a 16,000-pseudonym panel read
  // is estimated at one row and planned as 16,000 index probes. Tables the role does not own are skipped.
  await em.getConnection().execute('analyze');
  log.info(`seeded in ${Date.now() - started} ms`, counts);
}
