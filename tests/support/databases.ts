import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropPartnerDatabase, provisionPartnerDatabase } from '@kassel-hub/kit';

export interface TestDatabase {
  url: string;
  database: string;
  role: string;
  drop(): Promise<void>;
}

/** A fresh database and role for one partner in the run's PostgreSQL; unique per call. */
export async function createTestDatabase(partner: string): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const suffix = randomBytes(4).toString('hex');
  const db = { database: `${partner}_${suffix}`, role: `${partner}_${suffix}`, password: randomBytes(12).toString('hex') };
  const url = await provisionPartnerDatabase(adminUrl, db);
  return { url, database: db.database, role: db.role, drop: () => dropPartnerDatabase(adminUrl, db) };
}
