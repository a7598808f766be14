import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { MAX_SKEW_MS, NONCE_RETENTION_MS } from '@kassel-hub/protocol';
import { NonceStore, migrateAsOwner, ormOptions } from '../src/index';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/databases';

/*
 * The nonces of signed requests live in the partner's database, so that every replica of a
 * subgraph (each with its own connection pool) accepts a captured request at most once together.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const nonce = () => randomBytes(16).toString('hex');

/** A partner database migrated by its owner, as `npm run migrate` leaves it. */
async function partnerDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase('nonces', { owner: true });
  cleanups.push(() => db.drop());
  await migrateAsOwner({ entities: [], migrations: [] }, db.ownerUrl!, db.url);
  return db;
}

/** One replica's connection pool, as the subgraph's own role. */
async function replica(db: TestDatabase): Promise<NonceStore> {
  const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: db.url, entities: [], migrations: [] }), pool: { min: 0, max: 4 } });
  cleanups.push(() => orm.close(true));
  return NonceStore.of(orm);
}

async function storedNonces(db: TestDatabase): Promise<string[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<{ nonce: string }>('select nonce from request_nonce order by nonce')).rows.map((r) => r.nonce);
  } finally {
    await client.end();
  }
}

describe('request nonces in the partner database', () => {
  it('two replicas claiming the same nonce at the same moment: exactly one claim succeeds', async () => {
    const db = await partnerDatabase();
    const [a, b] = [await replica(db), await replica(db)];
    const n = nonce();
    const now = Date.now();
    const claims = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).claim(n, now, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.claim(n, now, now)).toBe(false);
    expect(await b.claim(nonce(), now, now)).toBe(true);
  });

  it('nonces whose signatures are past the window go with the next claim, as the subgraph\'s own role; those still inside it stay', async () => {
    const db = await partnerDatabase();
    const store = await replica(db);
    const now = Date.now();
    // Claimed a minute ago with a timestamp that was then 30 s old: no replica accepts it now,
    // even one whose clock is MAX_SKEW_MS behind.
    const old = nonce();
    expect(await store.claim(old, now - NONCE_RETENTION_MS - MAX_SKEW_MS, now - NONCE_RETENTION_MS)).toBe(true);
    expect(await storedNonces(db)).toEqual([old]);

    const recent = nonce();
    expect(await store.claim(recent, now, now)).toBe(true);
    expect(await storedNonces(db)).toEqual([recent]);
    const next = nonce();
    expect(await store.claim(next, now, now)).toBe(true);
    expect(await storedNonces(db)).toEqual([recent, next].sort());
  });

  it('without the database the claim fails instead of answering "new"', async () => {
    const db = await partnerDatabase();
    const orm = await MikroORM.init({ ...ormOptions({ databaseUrl: db.url, entities: [], migrations: [] }), pool: { min: 0, max: 1 } });
    const store = NonceStore.of(orm);
    await orm.close(true);
    await expect(store.claim(nonce(), Date.now())).rejects.toThrow();
  });
});
