import type { EntityClass } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { createOrm, migrate } from './orm';
import { assertAuditAppendOnly, grantRuntimeAccess } from './postgres';

/**
 * Migrates a partner database as its owner, over a connection of its own that is closed again;
 * then grants the subgraph's role (`databaseUrl`'s) what it needs, which tables created now lack,
 * and checks that it can only append to the audit trail. `npm run migrate` and `npm start` run it
 * before the subgraph starts, so the serving process never holds the owner's password.
 */
export async function migrateAsOwner(schema: { entities: EntityClass<unknown>[]; migrations: MigrationObject[] }, ownerUrl: string, databaseUrl: string): Promise<string[]> {
  const runtimeRole = decodeURIComponent(new URL(databaseUrl).username);
  if (runtimeRole === decodeURIComponent(new URL(ownerUrl).username)) throw new Error("the owner's URL must name another role than DATABASE_URL");
  const owner = await createOrm({ databaseUrl: ownerUrl, entities: schema.entities, migrations: schema.migrations, poolMax: 1 });
  try {
    const applied = await migrate(owner);
    const connection = owner.em.getConnection();
    await grantRuntimeAccess((sql) => connection.execute(sql), runtimeRole);
    await assertAuditAppendOnly((sql, params) => connection.execute(sql, params), runtimeRole);
    return applied;
  } finally {
    await owner.close(true);
  }
}
