import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerUrl } from '@kassel-hub/kit';

/**
 * How a command-line tool reaches one partner's database as that partner's subgraph does: its own
 * role, never a superuser. DATABASE_URL when set; else the local `npm start` installation (the
 * role's password in `.data/secrets.json`, the embedded PostgreSQL on PG_PORT).
 */
export function partnerDatabaseUrl(env: { DATABASE_URL?: string; HUB_DATA_DIR: string; PG_PORT: number }, partner: string): { url: string; where: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, where: 'DATABASE_URL' };
  const file = join(env.HUB_DATA_DIR, 'secrets.json');
  if (!existsSync(file)) throw new Error(`set DATABASE_URL, or run \`npm start\` once so that ${file} exists`);
  const password = (JSON.parse(readFileSync(file, 'utf8')) as { roles?: Record<string, string> }).roles?.[partner];
  if (!password) throw new Error(`${file} holds no password for ${partner}; run \`npm start\` once`);
  const url = partnerUrl(`postgres://postgres@127.0.0.1:${env.PG_PORT}/postgres`, { database: partner, role: partner, password });
  return { url, where: `the embedded PostgreSQL on 127.0.0.1:${env.PG_PORT} (is \`npm start\` running?)` };
}
