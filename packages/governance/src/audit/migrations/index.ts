import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_audit } from './Migration20261125000000_audit';
import { Migration20261203000000_audit_guard } from './Migration20261203000000_audit_guard';
import { Migration20261203120000_audit_subjects } from './Migration20261203120000_audit_subjects';
import { Migration20261203120001_audit_guard_owner } from './Migration20261203120001_audit_guard_owner';

/** The owner's audit trail and its guard, the first of the kit's tables (see `kitMigrations` in orm.ts). */
export const auditMigrations: MigrationObject[] = [
  { name: 'Migration20261125000000_audit', class: Migration20261125000000_audit },
  { name: 'Migration20261203000000_audit_guard', class: Migration20261203000000_audit_guard },
  { name: 'Migration20261203120000_audit_subjects', class: Migration20261203120000_audit_subjects },
  { name: 'Migration20261203120001_audit_guard_owner', class: Migration20261203120001_audit_guard_owner },
];
