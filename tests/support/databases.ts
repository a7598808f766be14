import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropPartnerDatabase, partnerOwnerUrl, provisionPartnerDatabase, type PartnerDatabase } from '@kassel-hub/kit';

export interface TestDatabase {
  /** The subgraph's role. */
  url: string;
  /** The owner's role, when the database has one of its own (`{ owner: true }`). */
  ownerUrl?: string;
  database: string;
  role: string;
  drop(): Promise<void>;
}

/**
 * A fresh database and role for one partner in the run's PostgreSQL; unique per call. With
 * `owner`, a second role owns it, as in `npm start` (the subgraph's role then cannot change the
 * audit trail).
 */
export async function createTestDatabase(partner: string, opts: { owner?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const suffix = randomBytes(4).toString('hex');
  const db: PartnerDatabase = {
    database: `${partner}_${suffix}`,
    role: `${partner}_${suffix}`,
    password: randomBytes(12).toString('hex'),
    ...(opts.owner ? { owner: { role: `${partner}_${suffix}_owner`, password: randomBytes(12).toString('hex') } } : {}),
  };
  const url = await provisionPartnerDatabase(adminUrl, db);
  const ownerUrl = partnerOwnerUrl(adminUrl, db);
  return { url, ...(ownerUrl ? { ownerUrl } : {}), database: db.database, role: db.role, drop: () => dropPartnerDatabase(adminUrl, db) };
}
