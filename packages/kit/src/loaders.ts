import DataLoader from 'dataloader';
import type { EntityClass, EntityProperty, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBQueryOrderMap } from '@mikro-orm/postgresql';

/**
 * Batching helpers. Each subgraph builds its loaders per request from these, so that resolving N
 * entities or N list fields costs one SQL statement per loader, whatever N is.
 */

/** One value (or null) per key, fetched with one batched call. */
export function oneByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V>();
    for (const r of rows) byKey.set(keyOf(r), r);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A list (possibly empty) per key, fetched with one batched call. */
export function manyByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * The rows of `entity` that match `where`, for reading only: instances of the entity's class (its
 * getters, e.g. the federation stubs, work) that the ORM does not manage. A read by a loader needs
 * none of what `em.find` adds to the query (an identity map entry, a hydrated and tracked entity),
 * which cost more CPU than the query itself on the fan-out. Values come through the ORM's own result
 * mapping (column to property names, dates) and its custom types' conversion, as hydration applies
 * it (arrays of enums, for one), so they equal what `em.find` gives. Never persist what this
 * returns: the ORM does not know it.
 */
export async function readRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>, options: { orderBy?: QBQueryOrderMap<T> } = {}): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  return rows.map((row) => {
    convertCustomTyped(em, entity, row);
    return Object.assign(Object.create(entity.prototype) as T, row);
  });
}

/** Converts a mapped row's custom-typed values in place, as hydration would (arrays of enums, for one). */
export function convertCustomTyped(em: EntityManager, entity: EntityClass<unknown>, row: Record<string, unknown>): void {
  const platform = em.getPlatform();
  for (const p of customTypedProps(em, entity)) if (row[p.name] != null) row[p.name] = p.customType!.convertToJSValue(row[p.name], platform);
}

const customTyped = new WeakMap<object, EntityProperty[]>();

/** The entity's properties whose values the ORM converts on hydration. */
function customTypedProps(em: EntityManager, entity: EntityClass<unknown>): EntityProperty[] {
  let props = customTyped.get(entity);
  if (!props) customTyped.set(entity, (props = em.getMetadata().get(entity.name).props.filter((p) => p.customType && p.fieldNames?.length === 1)));
  return props;
}
