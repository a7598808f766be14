import { createHash } from 'node:crypto';
import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { convertCustomTyped } from './loaders';

/** The part of knex's client that lends out a pg connection (the pool's, or a transaction's own). */
interface ConnectionSource {
  acquireConnection(): Promise<ClientBase>;
  releaseConnection(connection: ClientBase): Promise<unknown>;
}

/**
 * Runs `fn` on a pg connection of `knex` (a transaction's own connection for a transaction), for
 * statements knex cannot send: named prepared statements, several statements in one round trip.
 */
export async function onConnection<T>(knex: Knex, fn: (connection: ClientBase) => Promise<T>): Promise<T> {
  const source = knex.client as unknown as ConnectionSource;
  const connection = await source.acquireConnection();
  try {
    return await fn(connection);
  } finally {
    await source.releaseConnection(connection);
  }
}

let sequence = 0;

/**
 * Runs one statement sent outside knex, announced to knex's listeners as its own queries are, so
 * that tracing and the statement counters see it.
 */
export async function announced<T>(knex: Knex, sql: string, bindings: readonly unknown[], run: () => Promise<T>): Promise<T> {
  const query = { sql, bindings, __knexQueryUid: `hub-direct-${++sequence}` };
  knex.emit('query', query);
  try {
    const result = await run();
    knex.emit('query-response', result, query);
    return result;
  } catch (err) {
    knex.emit('query-error', err, query);
    throw err;
  }
}

/**
 * A read of one entity's table: a SQL condition over its columns with parameters `$1`, `$2`, ...,
 * and an optional order. The text is fixed (keys go in as one array parameter, `= any($1)`), so it
 * is one prepared statement whatever the number of keys.
 */
export interface RowsQuery {
  where: string;
  orderBy?: string;
}

interface Prepared {
  name: string;
  text: string;
  meta: EntityMetadata;
}

const prepared = new WeakMap<object, Map<string, Prepared>>();

function statementOf(em: EntityManager, entity: EntityClass<unknown>, q: RowsQuery): Prepared {
  let byQuery = prepared.get(entity);
  if (!byQuery) prepared.set(entity, (byQuery = new Map()));
  const key = `${q.where}\u0000${q.orderBy ?? ''}`;
  let p = byQuery.get(key);
  if (!p) {
    const meta = em.getMetadata().get(entity.name);
    const table = meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
    const text = `select * from ${table} where ${q.where}${q.orderBy ? ` order by ${q.orderBy}` : ''}`;
    // The name is the text's digest: two loaders with the same read share one statement per connection.
    p = { name: `hub_rows_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text, meta };
    byQuery.set(key, p);
  }
  return p;
}

/**
 * The rows of `entity` that match `query`, for reading only, like `readRows`, without the query
 * builder: the statement is prepared once per pooled connection and then sent as bind and execute,
 * so neither MikroORM's criteria processing and knex's compiler in the subgraph nor parsing and
 * planning in PostgreSQL run per request. Rows are mapped by the ORM's own result mapper (column to
 * property names, dates) and its custom types' conversion, so they equal what `readRows` and
 * `em.find` give. In a transaction the read runs on the transaction's connection.
 */
export async function selectRows<T extends object>(em: EntityManager, entity: EntityClass<T>, query: RowsQuery, values: unknown[]): Promise<T[]> {
  const p = statementOf(em, entity, query);
  const knex = em.getConnection().getKnex();
  const trx = em.getTransactionContext<Knex.Transaction>();
  const { rows } = await onConnection(trx ?? knex, (connection) => announced(knex, p.text, values, () => connection.query({ name: p.name, text: p.text, values })));
  const driver = em.getDriver();
  return (rows as Record<string, unknown>[]).map((raw) => {
    const row = driver.mapResult(raw, p.meta) as Record<string, unknown>;
    convertCustomTyped(em, entity, row);
    return Object.assign(Object.create(entity.prototype) as T, row);
  });
}
