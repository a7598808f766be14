import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000001_request_nonce } from './Migration20261125000001_request_nonce';

/** The table of claimed request nonces, migrated in every partner's database after the audit trail. */
export const nonceMigrations: MigrationObject[] = [{ name: 'Migration20261125000001_request_nonce', class: Migration20261125000001_request_nonce }];
