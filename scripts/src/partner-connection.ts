import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerUrl } from '@kassel-hub/kit';

/** The role that owns a partner's database in the local `npm start` installation. */
export const ownerRole = (partner: string) => `${partner}_owner`;

interface ConnectionEnv {
  DATABASE_URL?: string;
  OWNER_DATABASE_URL?: string;
  HUB_DATA_DIR: string;
  PG_PORT: number;
}

/**
 * How a command-line tool reaches one partner's database, never as a superuser: as the partner's
 * subgraph does (its own role), or, for what only the owner may do (deleting audit entries), as
 * the database's owner. DATABASE_URL / OWNER_DATABASE_URL when set; else the local `npm start`
 * installation (the passwords in `.data/secrets.json`, the embedded PostgreSQL on PG_PORT).
 */
export function partnerDatabaseUrl(env: ConnectionEnv, partner: string, as: 'subgraph' | 'owner' = 'subgraph'): { url: string; where: string } {
  const given = as === 'owner' ? env.OWNER_DATABASE_URL : env.DATABASE_URL;
  if (given) return { url: given, where: as === 'owner' ? 'OWNER_DATABASE_URL' : 'DATABASE_URL' };
  const file = join(env.HUB_DATA_DIR, 'secrets.json');
  const variable = as === 'owner' ? 'OWNER_DATABASE_URL' : 'DATABASE_URL';
  if (!existsSync(file)) throw new Error(`set ${variable}, or run \`npm start\` once so that ${file} exists`);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { roles?: Record<string, string>; owners?: Record<string, string> };
  const password = (as === 'owner' ? kept.owners : kept.roles)?.[partner];
  if (!password) throw new Error(`${file} holds no ${as === 'owner' ? 'owner ' : ''}password for ${partner}; run \`npm start\` once`);
  const role = as === 'owner' ? ownerRole(partner) : partner;
  const url = partnerUrl(`postgres://postgres@127.0.0.1:${env.PG_PORT}/postgres`, { database: partner, role, password });
  return { url, where: `the embedded PostgreSQL on 127.0.0.1:${env.PG_PORT} (is \`npm start\` running?)` };
}
