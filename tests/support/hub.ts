import type { RunningSubgraph } from '@kassel-hub/kit';
import { startGateway, type RunningGateway } from '@kassel-hub/gateway';
import { loadGatewayConfig } from '../../gateway/src/config';
import { subgraphs } from '../../scripts/src/registry';
import { postGraphQL } from './http';
import { startTestSubgraph, type TestSubgraph } from './subgraph';

export interface TestHub {
  gateway: RunningGateway;
  subgraphs: Record<string, TestSubgraph>;
  /** POSTs a GraphQL request to the gateway and returns status and parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<T>>;
  stop(): Promise<void>;
}

/**
 * The whole hub for end-to-end tests: a database per partner, the four subgraphs seeded with the
 * generated Kassel at `scale`, and the gateway over the committed supergraph, all on free ports.
 */
export async function startTestHub(opts: { scale?: number } = {}): Promise<TestHub> {
  const started: Record<string, TestSubgraph> = {};
  const stopAll = () => Promise.all(Object.values(started).map((s) => s.stop()));
  let gateway: RunningGateway;
  try {
    await Promise.all(
      subgraphs.map(async (def) => {
        started[def.name] = await startTestSubgraph(def, opts.scale ?? 1);
      }),
    );
    gateway = await startGateway({
      ...loadGatewayConfig({ LOG_LEVEL: 'error' }),
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(started).map(([n, s]) => [n, s.subgraph.url])),
    });
  } catch (err) {
    await stopAll();
    throw err;
  }
  return {
    gateway,
    subgraphs: started,
    query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    async stop() {
      await gateway.stop();
      await stopAll();
    },
  };
}

export type { RunningSubgraph };
