import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { StoredRecord } from './export-kind';

/*
 * Idempotent upserts on a natural key, in bulk. Stored records are fetched for all keys of a file
 * in a few statements, compared in memory, and only new and changed records are written: a
 * second import of the same file sends no INSERT or UPDATE at all. Keys and updates travel as
 * one JSON parameter that `json_populate_recordset` types by the table's own row type, so no
 * column type has to be spelled out here and 20,000 rows cost a handful of statements.
 */

/** Rows per statement: keeps JSON parameters and INSERTs at a moderate size. */
const CHUNK = 2000;

/** Table and column names of an entity, from the ORM's metadata. */
export interface TableShape {
  table: string;
  name: string;
  /** Properties of the primary key: one, or several for a link table (a company's entitlement). */
  primaryKey: readonly string[];
  column(property: string): string;
  property(column: string): string | undefined;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export function tableShape(em: EntityManager, entity: EntityClass<object>): TableShape {
  const meta = em.getMetadata().get(entity.name);
  const columns = new Map<string, string>();
  for (const [prop, p] of Object.entries(meta.properties)) if (p.fieldNames?.length === 1) columns.set(p.fieldNames[0]!, prop);
  return {
    table: meta.tableName,
    name: meta.className,
    primaryKey: meta.primaryKeys,
    column(property) {
      const p = meta.properties[property as keyof typeof meta.properties];
      if (!p?.fieldNames?.length) throw new Error(`${meta.className}.${property} is no column`);
      return p.fieldNames[0]!;
    },
    property: (column) => columns.get(column),
  };
}

/** The natural key of a record as one string. */
export const naturalKey = (values: Record<string, unknown>, key: readonly string[]) => key.map((k) => String(values[k] ?? '')).join('\u001f');

/** Stored records whose natural key is among `records`' keys, by natural key. */
export async function loadStored(em: EntityManager, shape: TableShape, key: readonly string[], records: readonly Record<string, unknown>[]): Promise<Map<string, StoredRecord>> {
  const stored = new Map<string, StoredRecord>();
  const on = key.map((k) => `t.${quote(shape.column(k))} = k.${quote(shape.column(k))}`).join(' and ');
  const sql = `select t.* from ${quote(shape.table)} t join json_populate_recordset(null::${quote(shape.table)}, ?::json) k on ${on}`;
  for (let i = 0; i < records.length; i += CHUNK) {
    const keys = records.slice(i, i + CHUNK).map((r) => Object.fromEntries(key.map((k) => [shape.column(k), r[k]])));
    const rows = await em.execute<Record<string, unknown>[]>(sql, [JSON.stringify(keys)]);
    for (const row of rows) {
      const record: StoredRecord = {};
      for (const [column, value] of Object.entries(row)) {
        const prop = shape.property(column);
        if (prop) record[prop] = value;
      }
      stored.set(naturalKey(record, key), record);
    }
  }
  return stored;
}

/** Whether a stored record already holds every managed value of an incoming one. */
export function holdsValues(stored: StoredRecord, incoming: Record<string, unknown>, managed: readonly string[]): boolean {
  return managed.every((p) => (stored[p] ?? null) === (incoming[p] ?? null));
}

/** Inserts records (all with the same properties); columns they do not name get their defaults (a serial id). */
export async function insertRecords(em: EntityManager, shape: TableShape, records: readonly Record<string, unknown>[], onChunk?: (done: number) => Promise<void> | void) {
  if (records.length === 0) return;
  const properties = Object.keys(records[0]!);
  const columns = properties.map((p) => quote(shape.column(p))).join(', ');
  const sql = `insert into ${quote(shape.table)} (${columns}) select ${columns} from json_populate_recordset(null::${quote(shape.table)}, ?::json)`;
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = records.slice(i, i + CHUNK).map((r) => Object.fromEntries(properties.map((p) => [shape.column(p), r[p] ?? null])));
    await em.execute(sql, [JSON.stringify(rows)]);
    await onChunk?.(Math.min(i + CHUNK, records.length));
  }
}

/** Sets `properties` of the records identified by their whole primary key (`records` carry it). */
export async function updateRecords(
  em: EntityManager,
  shape: TableShape,
  properties: readonly string[],
  records: readonly Record<string, unknown>[],
  onChunk?: (done: number) => Promise<void> | void,
) {
  const where = shape.primaryKey.map((p) => `t.${quote(shape.column(p))} = k.${quote(shape.column(p))}`).join(' and ');
  const set = properties.map((p) => `${quote(shape.column(p))} = k.${quote(shape.column(p))}`).join(', ');
  const sql = `update ${quote(shape.table)} t set ${set} from json_populate_recordset(null::${quote(shape.table)}, ?::json) k where ${where}`;
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = records.slice(i, i + CHUNK).map((r) => Object.fromEntries([...shape.primaryKey, ...properties].map((p) => [shape.column(p), r[p] ?? null])));
    await em.execute(sql, [JSON.stringify(rows)]);
    await onChunk?.(Math.min(i + CHUNK, records.length));
  }
}
