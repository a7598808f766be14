import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { GatewayConfig } from './config';
import { graphiqlPage } from './graphiql';
import { exampleQuery } from './example';
import { printSupergraph, subgraphUrls, withSubgraphUrls } from './supergraph';
import { useHubAuth } from './auth/auth.plugin';
import { useUpstreamSigning } from './auth/signing.plugin';
import { loadJwtSettings } from './auth/keys';
import { INTERNAL_ERROR_MESSAGE, maskHubError, useErrorFormatting } from './errors';
import {
  introspectionPolicy,
  loadTrustedDocuments,
  useCostLimit,
  useDocumentSizeLimit,
  useNoBatching,
  useRateLimit,
  useShapeLimits,
  useTokenLimit,
  useTrustedDocuments,
} from './limits';
import type { JwtSettings } from './auth/jwt';
import type { JSONWebKeySet } from 'jose';

export * from './auth/dev-keys';
export { loadGatewayConfig, type GatewayConfig } from './config';

export interface RunningGateway {
  url: string;
  port: number;
  runtime: GatewayRuntime;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
export const DEV_JWKS_PATH = '/.well-known/jwks.json';

/** Builds the gateway runtime over the supergraph composed at build time; no side effects. */
export function createGateway(config: GatewayConfig, jwt: JwtSettings, devJwks?: JSONWebKeySet): GatewayRuntime {
  const doc = withSubgraphUrls(readFileSync(config.supergraphPath, 'utf8'), config.subgraphUrls);
  const byUrl = subgraphUrls(doc);
  const supergraph = printSupergraph(doc);
  const trusted = config.trustedDocuments;
  const trustedDocuments = trusted ? loadTrustedDocuments(trusted.path) : undefined;
  const { limits } = config;
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
    graphqlEndpoint: GRAPHQL_PATH,
    // A batch would multiply every limit below by its length; useNoBatching says so clearly.
    batching: false,
    disableIntrospection: introspectionPolicy(config.production),
    // Unreachable partners are named, every other unexpected fault is reduced to one message.
    maskedErrors: { maskError: maskHubError, errorMessage: INTERNAL_ERROR_MESSAGE, isDev: false },
    // Order matters: the limits read the caller from the token useHubAuth has verified, and the
    // cheapest checks come first (rate, batch, size, tokens, then depth/aliases and cost).
    plugins: () => [
      ...(devJwks ? [serveDevJwks(devJwks)] : []),
      useHubAuth({ jwt, graphqlPath: GRAPHQL_PATH, publicPaths: ['/healthcheck', '/readiness', DEV_JWKS_PATH] }),
      useRateLimit({ ...limits.rateLimit, graphqlPath: GRAPHQL_PATH }),
      useNoBatching(),
      ...(trusted && trustedDocuments ? [useTrustedDocuments({ documents: trustedDocuments, onlyForRoles: trusted.onlyForRoles })] : []),
      useDocumentSizeLimit(limits.maxDocumentBytes),
      useTokenLimit(limits.maxTokens),
      useShapeLimits(limits),
      useCostLimit(limits),
      useErrorFormatting({ production: config.production }),
      useUpstreamSigning(config.signingSecrets, (url) => byUrl.get(url)),
    ],
  });
}

/** In development the gateway publishes the dev key's JWKS, as an identity provider would. */
function serveDevJwks(jwks: JSONWebKeySet) {
  const body = JSON.stringify(jwks);
  return {
    onRequest({ url, endResponse }: { url: URL; endResponse(r: Response): void }) {
      if (url.pathname === DEV_JWKS_PATH) endResponse(new Response(body, { headers: { 'content-type': 'application/json' } }));
    },
  };
}

/** Serves the gateway over HTTP; `stop` lets in-flight requests finish first. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const { settings, devJwks } = await loadJwtSettings(config);
  const runtime = createGateway(config, settings, devJwks);
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
