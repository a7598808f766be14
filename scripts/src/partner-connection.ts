import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { envSchemas, partnerUrl } from '@kassel-hub/kit';
import { manifestByName } from '@kassel-hub/registry';

/** Wrong usage of a command: its message is the usage, and the exit code 2. */
export class UsageError extends Error {}

/** Runs a command's main and exits with its code: 2 for wrong usage, 1 for any other failure (message only, no stack). */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}

/** The environment of the commands that reach one partner's database (see `partnerDatabaseUrl`). */
export const connectionEnv = z.object({
  DATABASE_URL: envSchemas.postgresUrl.optional(),
  OWNER_DATABASE_URL: envSchemas.postgresUrl.optional(),
  /** The other partners' trails for witnessing: `partner=postgres://…` pairs, comma-separated. */
  AUDIT_PEER_URLS: z.string().optional(),
  HUB_DATA_DIR: z.string().min(1).default(join(resolve(__dirname, '../..'), '.data')),
  PG_PORT: envSchemas.port.default(54329),
});


type ConnectionEnv = z.infer<typeof connectionEnv>;

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
  const { database } = manifestByName(partner);
  const role = as === 'owner' ? database.ownerRole : database.servingRole;
  const url = partnerUrl(`postgres://postgres@127.0.0.1:${env.PG_PORT}/postgres`, { database: database.name, role, password });
  return { url, where: `the embedded PostgreSQL on 127.0.0.1:${env.PG_PORT} (is \`npm start\` running?)` };
}

/**
 * The other partners' databases, for the audit witnesses (SECURITY.md, 5): AUDIT_PEER_URLS when
 * set (in production, each a role that may only call the witness functions); else, in the local
 * `npm start` installation, the other partners' own roles; else none.
 */
export function peerDatabaseUrls(env: ConnectionEnv, partner: string, partners: readonly string[]): { partner: string; url: string }[] {
  if (env.AUDIT_PEER_URLS !== undefined) {
    return env.AUDIT_PEER_URLS.split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        const name = pair.slice(0, at);
        const url = pair.slice(at + 1);
        if (at < 1 || !/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`AUDIT_PEER_URLS: "${pair.replace(/:[^:@/]*@/, ':…@')}" is not partner=postgres://…`);
        if (name === partner) throw new UsageError(`AUDIT_PEER_URLS names ${partner} itself`);
        return { partner: name, url };
      });
  }
  if (!existsSync(join(env.HUB_DATA_DIR, 'secrets.json'))) return [];
  return partners.filter((p) => p !== partner).map((p) => ({ partner: p, url: partnerDatabaseUrl({ ...env, DATABASE_URL: undefined }, p, 'subgraph').url }));
}
