import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { GatewayConfig } from './config';
import { graphiqlPage } from './graphiql';
import { exampleQuery } from './example';
import { printSupergraph, withSubgraphUrls } from './supergraph';

export interface RunningGateway {
  url: string;
  port: number;
  runtime: GatewayRuntime;
  stop(): Promise<void>;
}

/** Builds the gateway runtime over the supergraph composed at build time; no side effects. */
export function createGateway(config: GatewayConfig): GatewayRuntime {
  const supergraph = printSupergraph(withSubgraphUrls(readFileSync(config.supergraphPath, 'utf8'), config.subgraphUrls));
  return createGatewayRuntime({
    supergraph,
    // Without an explicit transport every upstream call fails with an opaque "Unexpected error".
    transports: { http: httpTransport },
    ...(config.queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    upstreamTimeout: config.upstreamTimeoutMs,
    landingPage: false,
    graphiql: { title: 'Kassel transition hub', defaultQuery: exampleQuery },
    renderGraphiQL: graphiqlPage(exampleQuery),
    logging: config.logLevel === 'silent' ? false : config.logLevel,
  });
}

/** Serves the gateway over HTTP; `stop` lets in-flight requests finish first. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const runtime = createGateway(config);
  const server: Server = createServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`,
    port,
    runtime,
    async stop() {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => server.closeAllConnections(), 10_000);
        t.unref();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await runtime.dispose();
    },
  };
}
