import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_audit } from './Migration20261125000000_audit';
import { Migration20261203000000_audit_guard } from './Migration20261203000000_audit_guard';

/**
 * The kit's own tables, migrated in every partner's database before the subgraph's migrations.
 * Named with an earlier timestamp than any subgraph migration, so the order is the same everywhere.
 */
export const kitMigrations: MigrationObject[] = [
  { name: 'Migration20261125000000_audit', class: Migration20261125000000_audit },
  { name: 'Migration20261203000000_audit_guard', class: Migration20261203000000_audit_guard },
];
