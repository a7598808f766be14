import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, kitEntities, kitMigrations, tablesOf } from './orm';

describe('isDatabaseUnavailable', () => {
  const wrapped = (inner: unknown) => Object.assign(new Error('DriverException'), { previous: inner });

  it('names every way a lost or refused connection shows up in the driver', () => {
    const lost = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('read ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('the database system is shutting down'), { code: '57P03' }),
      new Error('select 1 - terminating connection due to administrator command'),
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
      Object.assign(new Error('whatever'), { code: '08006' }),
    ];
    for (const e of lost) {
      expect(isDatabaseUnavailable(e), e.message).toBe(true);
      expect(isDatabaseUnavailable(wrapped(e)), `wrapped: ${e.message}`).toBe(true);
    }
  });

  it('leaves query faults and bugs alone', () => {
    for (const e of [Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }), new TypeError('x is undefined'), null, 'text']) {
      expect(isDatabaseUnavailable(e)).toBe(false);
    }
  });
});

describe('tablesOf', () => {
  it("orders the extensions' migrations before the kit's and the subgraph's own, as the migrator applies them", () => {
    class First {}
    class Own {}
    const m = (name: string) => ({ name, class: class {} as never });
    const t = tablesOf({ entities: [Own], migrations: [m('own')], extensions: [{ name: 'a', entities: [First], migrations: [m('a1'), m('a2')] }, { name: 'b', migrations: [m('b1')] }] });
    expect(t.migrations.map((x) => x.name)).toEqual(['a1', 'a2', 'b1', ...kitMigrations.map((x) => x.name), 'own']);
    expect(t.entities).toEqual([First, ...kitEntities, Own]);
  });
});
