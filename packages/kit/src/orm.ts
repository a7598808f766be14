import { MikroORM, type EntityClass, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import type { Logger } from './logger';
import { RequestNonce } from './auth/request-nonce.entity';
import { nonceMigrations } from './auth/migrations';
import type { SubgraphTables } from './extension';

/**
 * Tables every partner's database holds besides the subgraph's own and its extensions': the
 * nonces of signed requests, which all replicas of the subgraph share.
 */
export const kitEntities: EntityClass<unknown>[] = [RequestNonce];

/** The kit's migrations, applied in every partner's database after the extensions' and before the subgraph's. */
export const kitMigrations: MigrationObject[] = [...nonceMigrations];

export interface OrmOptions extends SubgraphTables {
  databaseUrl: string;
  poolMax?: number;
  logger?: Logger;
}

/**
 * Every entity and migration of a database: the extensions' first, then the kit's, then the
 * subgraph's own. The migrator keeps this list's order, not the names'.
 */
export function tablesOf(t: SubgraphTables): { entities: EntityClass<unknown>[]; migrations: MigrationObject[] } {
  const extensions = t.extensions ?? [];
  return {
    entities: [...extensions.flatMap((e) => e.entities ?? []), ...kitEntities, ...t.entities],
    migrations: [...extensions.flatMap((e) => e.migrations ?? []), ...kitMigrations, ...t.migrations],
  };
}

/** The MikroORM options every subgraph shares; one line of reason per choice. */
export function ormOptions(o: OrmOptions): Options {
  const { entities, migrations } = tablesOf(o);
  return {
    clientUrl: o.databaseUrl,
    // Entities are listed explicitly: no folder scanning, the same in TypeScript tests and in dist.
    entities,
    extensions: [Migrator],
    // Migrations are imported classes, so they work unchanged from src (tests) and dist (runtime).
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    // Schema drift must show up as a failing migration, not as a silent ALTER at start-up.
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: o.poolMax ?? 10 },
    // Identity map and lazy loading are per forked EntityManager; the global one must never be used.
    allowGlobalContext: false,
    debug: false,
    logger: (msg) => o.logger?.debug(msg),
  };
}

export async function createOrm(o: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(o));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * Counts SQL statements sent by an ORM instance, by listening to its query builder's events.
 * Used by tests to prove that resolving N entities costs a constant number of statements.
 */
export function countStatements(orm: MikroORM): { readonly count: number; reset(): void; stop(): void } {
  const knex = orm.em.getConnection().getKnex();
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  knex.on('query', onQuery);
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    stop() {
      knex.removeListener('query', onQuery);
    },
  };
}

/** PostgreSQL error classes and socket codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);
// knex's "Transaction query already complete": the next statement of a transaction whose connection
// has just died (the transaction was ended by that failure). The hub's code never reuses a
// transaction after its commit, so in practice it only comes from a lost connection.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Timeout acquiring a connection|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error|Client was closed|not queryable|socket has been ended|server closed the connection|Transaction query already complete|ECONNREFUSED|ECONNRESET|EPIPE/i;

/**
 * True when an error (or anything it wraps) says the database connection failed, not the query:
 * a restart or outage of PostgreSQL. Such requests get a coded error and are safe to retry; the
 * pool drops the dead connections and reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown; previous?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return [e.originalError, e.cause, e.previous].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
