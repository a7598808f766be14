import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * A partner's raw panel rows, kept between requests. Every coordination report reads the same
 * cohort panel (~16,000 members at scale 10) from every partner, and the rows change only when the
 * partner's data does. What is kept is the rows the partner's own query returned, never an answer:
 * the caller's authorization and the audit entry (releasePanel) run on every request, and the
 * rows are keyed by
 *  - the cohort year,
 *  - a digest of the panel the city sent with this request: the pseudonyms whose consent is in
 *    force now, so a withdrawal (or a new consent) is a different key and the rows are read again,
 *  - the partner's data version: a counter that statement triggers on every table a panel read
 *    uses bump in the writing transaction (panelDataVersionSql), so a write, import or erasure
 *    is seen by the first read after its commit.
 * The version is read before the rows: a write committed in between leaves newer rows under the
 * older version, which the next request no longer asks for.
 */

/** A cache of one partner's panel reads; rows are shared between requests and must not be mutated. */
export class PanelRowsCache<R> {
  // Per database connection (tests run several partners' databases in one process).
  private readonly byDriver = new WeakMap<object, Map<string, Promise<R>>>();

  /** `limit`: how many (cohort, panel, version) entries are kept, the least recently used dropped first. */
  constructor(private readonly limit = 4) {}

  /** `also`: what else the rows are made of (the city: a digest of the partners' panels it received). */
  async rows(em: EntityManager, cohortYear: number, panel: readonly string[], read: () => Promise<R>, also = ''): Promise<R> {
    const version = await panelDataVersion(em);
    const key = `${cohortYear}:${panelDigest(panel)}:${version}:${also}`;
    const driver = em.getDriver();
    let entries = this.byDriver.get(driver);
    if (!entries) this.byDriver.set(driver, (entries = new Map()));
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
    } else {
      entry = read();
      // A failed read is not kept: the next request reads again.
      entry.catch(() => entries!.get(key) === entry && entries!.delete(key));
    }
    entries.set(key, entry);
    while (entries.size > this.limit) entries.delete(entries.keys().next().value!);
    return entry;
  }
}

const digests = new WeakMap<readonly string[], string>();

/**
 * SHA-256 over the pseudonyms in the order sent (the city sends them sorted). Kept per array: a
 * request's panel is hashed for the rows' key and again for its packed answer (panels are never
 * mutated once resolved).
 */
export function panelDigest(panel: readonly string[]): string {
  let digest = digests.get(panel);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const p of panel) hash.update(p).update('\n');
    digests.set(panel, (digest = hash.digest('base64url')));
  }
  return digest;
}

/** SHA-256 over received values (packed columns as their text), each object's keys in sorted order. */
export function receivedDigest(values: readonly unknown[]): string {
  const hash = createHash('sha256');
  const add = (v: unknown): void => {
    if (typeof v === 'string') hash.update(JSON.stringify(v.length)).update(':').update(v);
    else if (Array.isArray(v)) {
      hash.update('[');
      v.forEach(add);
      hash.update(']');
    } else if (v !== null && typeof v === 'object') {
      hash.update('{');
      for (const k of Object.keys(v).sort()) {
        hash.update(JSON.stringify(k));
        add((v as Record<string, unknown>)[k]);
      }
      hash.update('}');
    } else hash.update(JSON.stringify(v ?? null));
  };
  values.forEach(add);
  return hash.digest('base64url');
}

export async function panelDataVersion(em: EntityManager): Promise<string> {
  const rows: { version: string }[] = await em.getConnection().execute('select version::text as version from panel_data_version where id = 1');
  if (rows.length !== 1) throw new Error('panel_data_version holds no row: the panel data version migration has not run');
  return rows[0].version;
}

/**
 * The migration that creates the data version and the triggers that bump it on any insert, update,
 * delete or truncate of `tables` (the tables a partner's panel read uses), in the writing
 * transaction. One row, so concurrent writers to these tables queue on it until they commit.
 */
export function panelDataVersionSql(tables: readonly string[]): string[] {
  for (const t of tables) if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new Error(`unsafe table name: ${t}`);
  return [
    'create table "panel_data_version" ("id" int primary key check ("id" = 1), "version" bigint not null);',
    'insert into "panel_data_version" ("id", "version") values (1, 0);',
    `create function bump_panel_data_version() returns trigger language plpgsql as $$
begin
  update "panel_data_version" set "version" = "version" + 1 where "id" = 1;
  return null;
end $$;`,
    ...tables.map(
      (t) => `create trigger "${t}_panel_data_version" after insert or update or delete or truncate on "${t}" for each statement execute function bump_panel_data_version();`,
    ),
  ];
}
