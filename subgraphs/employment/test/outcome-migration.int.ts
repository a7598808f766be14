import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '@kassel-hub/kit';
import { employment } from '../src/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/databases';

/*
 * A database that already holds applicants with the old ALTERNATIVE status is migrated to the
 * BA's two categories. The old status does not say whether the applicant still searched, so it
 * must become OTHER_FORMER (no demand claimed that nobody reported); every other status stays.
 */
describe('the applicant-outcome migration on a database with data', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('employment');
    orm = await createOrm({ databaseUrl: db.url, entities: employment.entities, migrations: employment.migrations, extensions: employment.extensions });
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('turns ALTERNATIVE into OTHER_FORMER, keeps the rest, and leaves no ALTERNATIVE in the type', async () => {
    const migrator = orm.getMigrator();
    await migrator.up({ to: 'Migration20261125170351' });
    const conn = orm.em.getConnection();
    await conn.execute(
      `insert into applicant (id, pseudonym, report_year, registered_on, target_kldb, outcome) values
        ('A1', 'Y0000000000A1', 2025, '2024-11-01', '26112', 'ALTERNATIVE'),
        ('A2', 'Y0000000000A2', 2025, '2024-11-01', '26112', 'UNPLACED'),
        ('A3', 'Y0000000000A3', 2025, '2024-11-01', '26112', 'PLACED')`,
    );
    await migrator.up();
    const rows = await conn.execute<{ id: string; outcome: string }[]>('select id, outcome::text as outcome from applicant order by id');
    expect(rows).toEqual([
      { id: 'A1', outcome: 'OTHER_FORMER' },
      { id: 'A2', outcome: 'UNPLACED' },
      { id: 'A3', outcome: 'PLACED' },
    ]);
    const labels = await conn.execute<{ label: string }[]>(`select enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'applicant_outcome' order by e.enumsortorder`);
    expect(labels.map((l) => l.label)).toEqual(['PLACED', 'ALTERNATIVE_SEARCHING', 'OTHER_FORMER', 'UNPLACED', 'UNKNOWN']);
  });
});
