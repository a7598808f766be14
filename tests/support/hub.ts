import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity, RunningSubgraph } from '@kassel-hub/kit';
import { loadGatewayConfig, loadOrCreateDevKeys, mintDevToken, startGateway, type DevKeys, type RunningGateway } from '@kassel-hub/gateway';
import { subgraphs } from '../../scripts/src/registry';
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
  stop(): Promise<void>;
}

/**
 * The whole hub for end-to-end tests: a database per partner, the four subgraphs seeded with the
 * generated Kassel at `scale`, and the gateway over the committed supergraph, all on free ports.
 */
export async function startTestHub(opts: { scale?: number } = {}): Promise<TestHub> {
  const started: Record<string, TestSubgraph> = {};
  const keysDir = await mkdtemp(join(tmpdir(), 'hub-keys-'));
  const stopAll = async () => {
    await Promise.all(Object.values(started).map((s) => s.stop()));
    await rm(keysDir, { recursive: true, force: true });
  };
  let gateway: RunningGateway;
  let devKeys: DevKeys;
  try {
    devKeys = await loadOrCreateDevKeys(keysDir);
    await Promise.all(
      subgraphs.map(async (def) => {
        started[def.name] = await startTestSubgraph(def, opts.scale ?? 1);
      }),
    );
    const env: Record<string, string> = { LOG_LEVEL: 'error', AUTH_JWKS_FILE: devKeys.jwksPath };
    for (const [name, sg] of Object.entries(started)) {
      env[`${name.toUpperCase()}_URL`] = sg.subgraph.url;
      env[`${name.toUpperCase()}_SIGNING_SECRET`] = sg.secret;
    }
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
    async stop() {
      await gateway.stop();
      await stopAll();
    },
  };
}

export type { RunningSubgraph };
