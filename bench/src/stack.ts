import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { partnerOwnerUrl, provisionPartnerDatabase, SUBGRAPH_NODE_FLAGS } from '@kassel-hub/kit';
import type { Identity } from '@kassel-hub/protocol';
import { loadOrCreateDevKeys, mintDevToken, type DevKeys } from '@kassel-hub/gateway';
import { startTempPostgres } from '@kassel-hub/scripts/dist/temp-postgres';
import { manifestByName, partnerNames } from '@kassel-hub/registry';
import { startChild, type Child } from './child';

export const ROOT = resolve(__dirname, '../..');
export const PARTNERS = partnerNames;
export type PartnerName = string;

export interface BenchSubgraph {
  name: PartnerName;
  url: string;
  secret: string;
  child: Child<{ url: string; control: string }>;
}

export interface BenchStack {
  adminUrl: string;
  databases: Record<PartnerName, string>;
  subgraphs: Record<PartnerName, BenchSubgraph>;
  keys: DevKeys;
  /** Gateway environment over these subgraphs (URLs, secrets, the dev JWKS). */
  gatewayEnv: Record<string, string>;
  token(partner: Identity['partner'], role: Identity['roles'][number]): Promise<string>;
  /** SQL statements each subgraph sent since the last reset. */
  statements(reset?: boolean): Promise<Record<PartnerName, number>>;
  stop(): Promise<void>;
}

/**
 * The hub as the bench and the soak test run it: a throw-away embedded PostgreSQL on a free port,
 * one database and role per partner, each subgraph in its own process seeded at `scale`.
 */
export async function startBenchStack(scale: number, opts: { poolMax?: number; profileDir?: string; subgraphEnv?: Record<string, string> } = {}): Promise<BenchStack> {
  const pg = await startTempPostgres();
  const keysDir = await mkdtemp(join(tmpdir(), 'hub-bench-keys-'));
  const subgraphs: Partial<Record<PartnerName, BenchSubgraph>> = {};
  const stop = async () => {
    await Promise.all(Object.values(subgraphs).map((s) => s!.child.stop()));
    await pg.stop();
    await rm(keysDir, { recursive: true, force: true });
  };
  try {
    const keys = await loadOrCreateDevKeys(keysDir);
    const databases = {} as Record<PartnerName, string>;
    await Promise.all(
      PARTNERS.map(async (name) => {
        // As `npm start` provisions it: the subgraph serves as a role that does not own the database.
        const { database, subgraph } = manifestByName(name);
        const db = { database: database.name, role: database.servingRole, password: randomBytes(12).toString('hex'), owner: { role: database.ownerRole, password: randomBytes(12).toString('hex') } };
        databases[name] = await provisionPartnerDatabase(pg.adminUrl, db, subgraph.extensions);
        const secret = randomBytes(32).toString('base64url');
        const child = await startChild<{ url: string; control: string }>(
          join(__dirname, 'subgraph-child.js'),
          {
            BENCH_SUBGRAPH: name,
            DATABASE_URL: databases[name],
            OWNER_DATABASE_URL: partnerOwnerUrl(pg.adminUrl, db)!,
            PORT: '0',
            HUB_SEED: 'auto',
            HUB_SCALE: String(scale),
            DB_POOL_MAX: String(opts.poolMax ?? 10),
            HUB_SIGNING_SECRET: secret,
            LOG_LEVEL: 'error',
            ...opts.subgraphEnv,
            ...(opts.profileDir ? { BENCH_PROFILE_FILE: join(opts.profileDir, `${name}.cpuprofile`) } : {}),
          },
          { label: `${name} subgraph`, nodeArgs: [...SUBGRAPH_NODE_FLAGS] },
        );
        subgraphs[name] = { name, url: child.info.url, secret, child };
      }),
    );
    const all = subgraphs as Record<PartnerName, BenchSubgraph>;
    const gatewayEnv: Record<string, string> = { AUTH_JWKS_FILE: keys.jwksPath, LOG_LEVEL: 'error', HOST: '127.0.0.1' };
    for (const s of Object.values(all)) {
      gatewayEnv[`${s.name.toUpperCase()}_URL`] = s.url;
      gatewayEnv[`${s.name.toUpperCase()}_SIGNING_SECRET`] = s.secret;
    }
    return {
      adminUrl: pg.adminUrl,
      databases,
      subgraphs: all,
      keys,
      gatewayEnv,
      token: (partner, role) => mintDevToken(keys.privateJwk, { sub: `bench-${partner}-${role}`, partner, roles: [role] }),
      async statements(reset = false) {
        const entries = await Promise.all(
          PARTNERS.map(async (name) => {
            const res = await fetch(`${all[name].child.info.control}/statements${reset ? '/reset' : ''}`, { method: reset ? 'POST' : 'GET' });
            return [name, ((await res.json()) as { statements: number }).statements] as const;
          }),
        );
        return Object.fromEntries(entries) as Record<PartnerName, number>;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
