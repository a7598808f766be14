import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  createLogger,
  envSchemas,
  partnerOwnerUrl,
  provisionPartnerDatabase,
  readEnv,
  startEmbeddedPostgres,
  GATEWAY_NODE_FLAGS,
  SUBGRAPH_NODE_FLAGS,
  type EmbeddedServer,
} from '@kassel-hub/kit';
import { loadOrCreateDevKeys } from '@kassel-hub/gateway';
import { envPrefix, manifests } from '@kassel-hub/registry';
import { MOVES } from './moves';
import { devPorts } from './dev-ports';

/**
 * `npm start`: the whole hub on one machine. Starts an embedded PostgreSQL (unless every partner
 * has an external DATABASE_URL), one database per partner with an owner role and the subgraph's
 * role, the migrations as the owner, then the registry's subgraphs and the gateway as separate
 * processes, exactly as they run in production. Ctrl-C stops all of them.
 */
const root = resolve(__dirname, '../..');
/** A partner may bring its own database (`<NAME>_DATABASE_URL`, `<NAME>_OWNER_DATABASE_URL`). */
const externalDatabaseKeys = manifests.flatMap((m) => [`${envPrefix(m.name)}_DATABASE_URL`, `${envPrefix(m.name)}_OWNER_DATABASE_URL`]);

const env = readEnv(
  'npm start',
  z.object({
    HUB_DATA_DIR: z.string().min(1).default(join(root, '.data')),
    PG_PORT: envSchemas.port.default(54329),
    GATEWAY_PORT: envSchemas.port.default(4000),
    HUB_SCALE: z.coerce.number().positive().max(100).default(1),
    LOG_LEVEL: envSchemas.logLevel.default('info'),
    /** How often each partner records the others' audit chain heads (SECURITY.md, 5). */
    AUDIT_WITNESS_MINUTES: z.coerce.number().positive().max(24 * 60).default(10),
  }),
  process.env,
);
const ports = devPorts(manifests, process.env, { gateway: env.GATEWAY_PORT, 'embedded PostgreSQL': env.PG_PORT });
const partners = manifests.map((m) => ({ name: m.name, port: ports[m.name]!, database: m.database, subgraph: m.subgraph }));
const externalDatabases: Record<string, string | undefined> = readEnv(
  'npm start',
  z.object(Object.fromEntries(externalDatabaseKeys.map((k) => [k, envSchemas.postgresUrl.optional()]))),
  process.env,
);
const log = createLogger('hub', env.LOG_LEVEL);
const externalUrl = (name: string, owner = false) => externalDatabases[`${envPrefix(name)}_${owner ? 'OWNER_' : ''}DATABASE_URL`];

interface Secrets {
  /** Embedded PostgreSQL superuser, partner role and partner database owner passwords. */
  superuser: string;
  roles: Record<string, string>;
  owners: Record<string, string>;
  /** Gateway-to-subgraph signing secrets, one per subgraph. */
  signing: Record<string, string>;
}

/** Secrets of this installation, made once and kept beside its data (mode 0600). */
function secrets(dir: string): Secrets {
  const file = join(dir, 'secrets.json');
  const kept: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const make = () => randomBytes(32).toString('base64url');
  const all: Secrets = {
    superuser: kept.superuser ?? make(),
    roles: Object.fromEntries(partners.map((p) => [p.name, kept.roles?.[p.name] ?? make()])),
    owners: Object.fromEntries(partners.map((p) => [p.name, kept.owners?.[p.name] ?? make()])),
    signing: Object.fromEntries(partners.map((p) => [p.name, kept.signing?.[p.name] ?? make()])),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(all, null, 2), { mode: 0o600 });
  return all;
}

const children: ChildProcess[] = [];
let pg: EmbeddedServer | undefined;
let stopping = false;

async function waitReady(url: string, child: ChildProcess, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready in ${timeoutMs / 1000} s`);
}

function run(name: string, script: string, extraEnv: Record<string, string>, nodeFlags: readonly string[] = []) {
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: root,
    env: { ...process.env, ...extraEnv, LOG_LEVEL: env.LOG_LEVEL },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log.error(`${name} stopped unexpectedly (${signal ?? `code ${code}`}); shutting the hub down`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

/** Runs a command to its end (output shown); fails unless it exits 0. */
function runOnce(name: string, script: string, args: string[], extraEnv: Record<string, string>) {
  return new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/**
 * Each partner's witness job: records the other partners' chain heads in its own trail, as its
 * owner, so that cutting off a trail's newest entries shows on every partner (SECURITY.md, 5).
 * In production each partner schedules `npm run audit -- witness` itself. A failure is reported
 * loudly but does not stop the hub: the evidence stays in the trails for `npm run audit -- verify`.
 */
let witnessTimer: NodeJS.Timeout | undefined;
function scheduleWitnesses(urls: Record<string, string>, ownerUrls: Record<string, string | undefined>) {
  const round = async () => {
    for (const p of partners) {
      if (!ownerUrls[p.name] || stopping) continue;
      const peers = partners.filter((o) => o !== p).map((o) => `${o.name}=${urls[o.name]}`);
      await runOnce(`${p.name} audit witness`, join(root, 'scripts/dist/audit.js'), ['witness', '--partner', p.name, '--quiet'], {
        DATABASE_URL: urls[p.name],
        OWNER_DATABASE_URL: ownerUrls[p.name]!,
        AUDIT_PEER_URLS: peers.join(','),
      }).catch((err: Error) => log.error(`${err.message}: run \`npm run audit -- verify --partner ${p.name}\``));
    }
  };
  void round();
  witnessTimer = setInterval(() => void round(), env.AUDIT_WITNESS_MINUTES * 60_000);
  witnessTimer.unref();
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (witnessTimer) clearInterval(witnessTimer);
  log.info('stopping gateway, subgraphs and PostgreSQL');
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((done) => {
          if (c.exitCode !== null || c.signalCode !== null) return done();
          c.once('exit', () => done());
          c.kill('SIGTERM');
        }),
    ),
  );
  if (pg) await pg.stop().catch((e: Error) => log.error(`PostgreSQL did not stop cleanly: ${e.message}`));
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const urls: Record<string, string> = {};
  const ownerUrls: Record<string, string | undefined> = {};
  const s = secrets(env.HUB_DATA_DIR);
  const devKeys = await loadOrCreateDevKeys(join(env.HUB_DATA_DIR, 'dev-jwt'));
  const needEmbedded = partners.filter((p) => !externalUrl(p.name));
  if (needEmbedded.length) {
    pg = await startEmbeddedPostgres({
      dataDir: join(env.HUB_DATA_DIR, 'postgres'),
      port: env.PG_PORT,
      password: s.superuser,
      logger: log.child('postgres'),
    });
    log.info(`embedded PostgreSQL on 127.0.0.1:${pg.port} (data in ${join(env.HUB_DATA_DIR, 'postgres')})`);
    for (const p of needEmbedded) {
      // The subgraph serves as its own role; another one owns the database, so that the subgraph
      // can append to its audit trail but not change it (SECURITY.md, section 5).
      const db = { database: p.database.name, role: p.database.servingRole, password: s.roles[p.name], owner: { role: p.database.ownerRole, password: s.owners[p.name] } };
      urls[p.name] = await provisionPartnerDatabase(pg.adminUrl, db, p.subgraph.extensions);
      ownerUrls[p.name] = partnerOwnerUrl(pg.adminUrl, db);
    }
  }
  for (const p of partners) {
    urls[p.name] = externalUrl(p.name) ?? urls[p.name];
    ownerUrls[p.name] = externalUrl(p.name) ? externalUrl(p.name, true) : ownerUrls[p.name];
  }

  // Migrations run as each database's owner, in a process of their own, before its subgraph
  // starts: the serving subgraph never holds the owner's password.
  const migrateAll = (list: readonly (typeof partners)[number][]) =>
    Promise.all(
      list.map((p) =>
        ownerUrls[p.name] ? runOnce(`${p.name} migrations`, join(root, 'scripts/dist/migrate.js'), ['--partner', p.name], { DATABASE_URL: urls[p.name], OWNER_DATABASE_URL: ownerUrls[p.name]! }) : undefined,
      ),
    );
  // A partner that hands records over drops their table in a migration that refuses while one is
  // left: the recipients migrate first, the records move, then the sources migrate (docs/partners.md).
  const sources = new Set(MOVES.map((m) => m.from));
  await migrateAll(partners.filter((p) => !sources.has(p.name)));
  for (const m of MOVES) {
    if (!ownerUrls[m.from] || !ownerUrls[m.to]) continue;
    await runOnce(`${m.name} handover`, join(root, 'scripts/dist/move.js'), [m.name], { SOURCE_OWNER_DATABASE_URL: ownerUrls[m.from]!, TARGET_OWNER_DATABASE_URL: ownerUrls[m.to]! });
  }
  await migrateAll(partners.filter((p) => sources.has(p.name)));

  // Subgraphs start (and, on an empty database, seed) in parallel.
  await Promise.all(
    partners.map((p) => {
      const child = run(p.name, join(root, `subgraphs/${p.name}/dist/index.js`), {
        PORT: String(p.port),
        DATABASE_URL: urls[p.name],
        HUB_SEED: 'auto',
        HUB_SCALE: String(env.HUB_SCALE),
        HUB_SIGNING_SECRET: s.signing[p.name],
      }, SUBGRAPH_NODE_FLAGS);
      return waitReady(`http://127.0.0.1:${p.port}/ready`, child);
    }),
  );
  const gateway = run('gateway', join(root, 'gateway/dist/index.js'), {
    PORT: String(env.GATEWAY_PORT),
    AUTH_JWKS_FILE: devKeys.jwksPath,
    ...Object.fromEntries(partners.map((p) => [`${envPrefix(p.name)}_URL`, `http://127.0.0.1:${p.port}/graphql`])),
    ...Object.fromEntries(partners.map((p) => [`${envPrefix(p.name)}_SIGNING_SECRET`, s.signing[p.name]])),
  }, GATEWAY_NODE_FLAGS);
  await waitReady(`http://127.0.0.1:${env.GATEWAY_PORT}/healthcheck`, gateway);
  scheduleWitnesses(urls, ownerUrls);
  process.stdout.write(
    [
      '',
      'Kassel transition hub is running:',
      `  GraphiQL and API   http://localhost:${env.GATEWAY_PORT}/graphql`,
      ...partners.map((p) => `  ${p.name.padEnd(18)} http://127.0.0.1:${p.port}/graphql`),
      pg ? `  PostgreSQL         127.0.0.1:${pg.port} (embedded)` : '  PostgreSQL         external',
      'Get a token for GraphiQL (Headers: {"Authorization": "Bearer <token>"}):',
      '  npm run token -- --partner coordination --role analyst',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((err: Error) => {
  log.error(`start failed: ${err.message}`);
  void shutdown(1);
});
