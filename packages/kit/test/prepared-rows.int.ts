import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, Enum, MikroORM, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { DataCategory, countStatements, ormOptions, readRows, selectRows } from '../src/index';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/databases';

/*
 * The batch loaders read through prepared statements instead of the query builder. What a resolver
 * gets must not change: the same property names, dates, enum arrays and nulls as `readRows` and a
 * hydrated `em.find`, in the same order.
 */
@Entity({ tableName: 'release_probe' })
class ReleaseProbe {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  pseudonym!: string;

  @Enum({ items: () => DataCategory, array: true, nativeEnumName: 'data_category' })
  categories!: DataCategory[];

  @Property({ type: 'text[]' })
  recipients!: string[];

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'smallint', nullable: true })
  cohortYear?: number | null;

  /** A getter, as the federation stubs have: the rows must be instances of the class. */
  get label(): string {
    return `${this.pseudonym}/${this.id}`;
  }
}

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase('rows');
  orm = await MikroORM.init({ ...ormOptions({ databaseUrl: db.url, entities: [ReleaseProbe], migrations: [] }), pool: { min: 0, max: 2 } });
  const em = orm.em.fork();
  await em.execute(`create type data_category as enum (${Object.values(DataCategory).map((c) => `'${c}'`).join(', ')})`);
  await em.execute(`create table release_probe (id text primary key, pseudonym text not null, categories data_category[] not null, recipients text[] not null,
    valid_from date not null, recorded_at timestamptz not null, withdrawn_at timestamptz, cohort_year smallint)`);
  const [first, second] = Object.values(DataCategory);
  await em.execute(`insert into release_probe values
    ('a', 'P1', '{${first},${second}}', '{chambers,"employment agency"}', '2026-01-31', '2026-02-01T10:00:00.123Z', null, 2026),
    ('b', 'P1', '{${second}}', '{}', '2025-12-01', '2026-01-01T00:00:00Z', '2026-03-01T08:30:00Z', null),
    ('c', 'P2', '{}', '{schools}', '2024-06-30', '2025-07-01T12:00:00Z', null, 2024),
    ('d', 'P3', '{${first}}', '{schools}', '2024-06-30', '2025-07-01T12:00:00Z', null, null)`);
});

afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('selectRows: a loader read as one prepared statement', () => {
  it('answers exactly what readRows and em.find answer: property names, dates, enum arrays, nulls, order', async () => {
    const em = orm.em.fork();
    const mine = await selectRows(em, ReleaseProbe, { where: 'pseudonym = any($1)', orderBy: 'recorded_at, id' }, [['P1', 'P2']]);
    const viaBuilder = await readRows(em, ReleaseProbe, { pseudonym: { $in: ['P1', 'P2'] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
    const hydrated = await orm.em.fork().find(ReleaseProbe, { pseudonym: { $in: ['P1', 'P2'] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
    expect(mine.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(mine).toEqual(viaBuilder);
    expect(mine.map((r) => ({ ...r }))).toEqual(hydrated.map((r) => ({ ...r })));
    const a = mine.find((r) => r.id === 'a')!;
    expect(a).toBeInstanceOf(ReleaseProbe);
    expect(a.label).toBe('P1/a');
    expect(a.recordedAt).toEqual(new Date('2026-02-01T10:00:00.123Z'));
    expect(a.validFrom).toBe('2026-01-31');
    expect(a.categories).toEqual(Object.values(DataCategory).slice(0, 2));
    expect(a.recipients).toEqual(['chambers', 'employment agency']);
    expect(mine.find((r) => r.id === 'b')!.withdrawnAt).toEqual(new Date('2026-03-01T08:30:00Z'));
  });

  it('keeps one statement text whatever the number of keys, and applies every condition', async () => {
    const em = orm.em.fork();
    const counter = countStatements(orm);
    try {
      const q = { where: 'pseudonym = any($1) and withdrawn_at is null and valid_from <= $2', orderBy: 'id' };
      expect((await selectRows(em, ReleaseProbe, q, [['P1'], '2026-12-03'])).map((r) => r.id)).toEqual(['a']);
      expect((await selectRows(em, ReleaseProbe, q, [['P1', 'P2', 'P3', 'nobody'], '2025-01-01'])).map((r) => r.id)).toEqual(['c', 'd']);
      expect(await selectRows(em, ReleaseProbe, q, [[], '2026-12-03'])).toEqual([]);
      // Counted like the query builder's statements: the tests that hold statements per request constant still see them.
      expect(counter.count).toBe(3);
    } finally {
      counter.stop();
    }
  });

  it("inside a transaction it reads on the transaction's connection (its own uncommitted rows)", async () => {
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute(`insert into release_probe values ('e', 'P9', '{}', '{}', '2026-01-01', now(), null, null)`);
      expect((await selectRows(tx, ReleaseProbe, { where: 'pseudonym = any($1)' }, [['P9']])).map((r) => r.id)).toEqual(['e']);
      // Outside the transaction the row is not there yet.
      expect(await selectRows(orm.em.fork(), ReleaseProbe, { where: 'pseudonym = any($1)' }, [['P9']])).toEqual([]);
      await tx.execute(`delete from release_probe where id = 'e'`);
    });
  });

  it('passes a failing statement on to the caller, and the pool stays usable', async () => {
    const em = orm.em.fork();
    await expect(selectRows(em, ReleaseProbe, { where: 'no_such_column = any($1)' }, [['P1']])).rejects.toThrow(/no_such_column/);
    expect(await selectRows(em, ReleaseProbe, { where: 'id = any($1)' }, [['d']])).toHaveLength(1);
  });
});
