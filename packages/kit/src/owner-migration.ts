import { createOrm, migrate } from './orm';
import { grantRuntimeAccess } from './postgres';
import type { SubgraphTables } from './extension';

/**
 * Migrates a partner database as its owner, over a connection of its own that is closed again;
 * then grants the subgraph's role (`databaseUrl`'s) what it needs, which tables created now lack,
 * and lets each extension check that the role's access holds (the audit trail: append-only). `npm
 * run migrate` and `npm start` run it before the subgraph starts, so the serving process never
 * holds the owner's password.
 */
export async function migrateAsOwner(schema: SubgraphTables, ownerUrl: string, databaseUrl: string): Promise<string[]> {
  const runtimeRole = decodeURIComponent(new URL(databaseUrl).username);
  if (runtimeRole === decodeURIComponent(new URL(ownerUrl).username)) throw new Error("the owner's URL must name another role than DATABASE_URL");
  const owner = await createOrm({ databaseUrl: ownerUrl, entities: schema.entities, migrations: schema.migrations, extensions: schema.extensions, poolMax: 1 });
  try {
    const applied = await migrate(owner);
    const connection = owner.em.getConnection();
    const extensions = schema.extensions ?? [];
    await grantRuntimeAccess((sql) => connection.execute(sql), runtimeRole, extensions);
    for (const e of extensions) await e.checkAccess?.((sql, params) => connection.execute(sql, params ?? []), runtimeRole);
    return applied;
  } finally {
    await owner.close(true);
  }
}
