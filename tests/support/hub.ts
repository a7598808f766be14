import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '@kassel-hub/protocol';
import type { RunningSubgraph } from '@kassel-hub/kit';
import { loadGatewayConfig, loadOrCreateDevKeys, mintDevToken, startGateway, type DevKeys, type GatewayConfig, type RunningGateway } from '@kassel-hub/gateway';
import { subgraphs } from '@kassel-hub/registry';
import { postGraphQL } from './http';
import { startTestSubgraph, type TestSubgraph } from './subgraph';

export interface TestHub {
  gateway: RunningGateway;
  subgraphs: Record<string, TestSubgraph>;
  devKeys: DevKeys;
  /** POSTs a GraphQL request to the gateway and returns status and parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<T>>;
  /** Headers of a signed-in user of `partner` with `roles`, stating `purpose` if given. */
  as(partner: Identity['partner'], roles: Identity['roles'], purpose?: Identity['purpose']): Promise<Record<string, string>>;
  /**
   * Another gateway over the same subgraphs, with `env` added to the harness's gateway environment
   * and `patch` applied to the loaded config (e.g. small limits); stopped with the hub.
   */
  startGateway(env?: Record<string, string>, patch?: Partial<GatewayConfig>): Promise<TestGateway>;
  stop(): Promise<void>;
}

export interface TestGateway {
  gateway: RunningGateway;
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<T>>;
}

/**
 * The whole hub for end-to-end tests: a database per partner, the four subgraphs seeded with the
 * generated Kassel at `scale` (or empty, with `seed: 'off'`), and the gateway over the committed
 * supergraph, all on free ports.
 */
export async function startTestHub(opts: { scale?: number; seed?: 'auto' | 'off'; gatewayEnv?: Record<string, string> } = {}): Promise<TestHub> {
  const started: Record<string, TestSubgraph> = {};
  const keysDir = await mkdtemp(join(tmpdir(), 'hub-keys-'));
  const stopAll = async () => {
    await Promise.all(Object.values(started).map((s) => s.stop()));
    await rm(keysDir, { recursive: true, force: true });
  };
  let gateway: RunningGateway;
  let devKeys: DevKeys;
  const env: Record<string, string> = { LOG_LEVEL: 'error' };
  const extraGateways: RunningGateway[] = [];
  try {
    devKeys = await loadOrCreateDevKeys(keysDir);
    await Promise.all(
      subgraphs.map(async (def) => {
        started[def.name] = await startTestSubgraph(def, opts.scale ?? 1, opts.seed);
      }),
    );
    env.AUTH_JWKS_FILE = devKeys.jwksPath;
    for (const [name, sg] of Object.entries(started)) {
      env[`${name.toUpperCase()}_URL`] = sg.subgraph.url;
      env[`${name.toUpperCase()}_SIGNING_SECRET`] = sg.secret;
    }
    Object.assign(env, opts.gatewayEnv);
    gateway = await startGateway({ ...loadGatewayConfig(env), port: 0 });
  } catch (err) {
    await stopAll();
    throw err;
  }
  return {
    gateway,
    subgraphs: started,
    devKeys,
    query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    async as(partner, roles, purpose) {
      const token = await mintDevToken(devKeys.privateJwk, { sub: `${partner}-${roles[0]}`, partner, roles });
      return { authorization: `Bearer ${token}`, ...(purpose ? { 'x-hub-purpose': purpose } : {}) };
    },
    async startGateway(overrides = {}, patch = {}) {
      const extra = await startGateway({ ...loadGatewayConfig({ ...env, ...overrides }), port: 0, ...patch });
      extraGateways.push(extra);
      return { gateway: extra, query: (query, variables, headers) => postGraphQL(extra.url, query, variables, headers) };
    },
    async stop() {
      await Promise.all([gateway, ...extraGateways].map((g) => g.stop()));
      await stopAll();
    },
  };
}

export type { RunningSubgraph };
