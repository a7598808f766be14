import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_audit } from './Migration20261125000000_audit';

/** The owner's audit trail, the first of the kit's tables (see `kitMigrations` in orm.ts). */
export const auditMigrations: MigrationObject[] = [{ name: 'Migration20261125000000_audit', class: Migration20261125000000_audit }];
