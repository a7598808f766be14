import DataLoader from 'dataloader';

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
