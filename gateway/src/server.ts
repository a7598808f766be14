import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { BenchOmittable, GatewayConfig, SubgraphName } from './config';
import { graphiqlPage } from './graphiql';
import { exampleQuery } from './example';
import { hubOperations } from './monitoring/operations';
import { availableOperations } from './monitoring/availability';
import { MONITORING_PATH, monitoringPage, useMonitoringPage } from './monitoring/page';
import { printSupergraph, subgraphUrls, withSubgraphUrls } from './supergraph';
import { useHubAuth } from './auth/auth.plugin';
import { DEV_JWKS_PATH, useDevJwks } from './auth/dev-jwks.plugin';
import { useUnverifiedIdentity } from './auth/unverified-identity.plugin';
import { useSchemaScopes } from './auth/scopes.plugin';
import { hubTransport } from './upstream/hub-transport';
import { loadJwtSettings } from './auth/keys';
import { knownPartners } from './auth/partners';
import { gatewayLogger } from './logging';
import { INTERNAL_ERROR_MESSAGE, maskHubError, useErrorCodes, useErrorFormatting } from './errors';
import { usePartnerReadiness } from './monitoring/readiness.plugin';
import { METRICS_PATH, useGatewayMetrics } from './observability/metrics.plugin';
import { useGatewayTracing } from './observability/tracing.plugin';
import { SharedTokenBuckets } from './limits/shared-buckets';
import {
  introspectionPolicy,
  loadTrustedDocuments,
  useCostLimit,
  useDocumentSizeLimit,
  useNoBatching,
  useParseGuard,
  useRateLimit,
  useShapeLimits,
  useStrictRequestBody,
  useTokenLimit,
  useTrustedDocuments,
} from './limits';
import type { JwtSettings } from './auth/jwt';
import type { JSONWebKeySet } from 'jose';

export * from './auth/dev-keys';
export { DEV_JWKS_PATH } from './auth/dev-jwks.plugin';
export { BENCH_OMITTABLE, gatewayEnvKeys, GatewayConfigError, loadGatewayConfig, MAX_TOKEN_AGE_DEFAULT_SECONDS, type BenchOmittable, type GatewayConfig } from './config';
export { composedSubgraphNames } from './supergraph';

export interface RunningGateway {
  url: string;
  port: number;
  runtime: GatewayRuntime;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Builds the gateway runtime over the supergraph composed at build time; no side effects. */
export function createGateway(config: GatewayConfig, jwt: JwtSettings, devJwks?: JSONWebKeySet, sharedBuckets?: SharedTokenBuckets): GatewayRuntime {
  const doc = withSubgraphUrls(readFileSync(config.supergraphPath, 'utf8'), config.subgraphUrls);
  const byUrl = subgraphUrls(doc);
  const supergraph = printSupergraph(doc);
  // GraphiQL's tabs and the monitoring page offer the example reports this supergraph can answer.
  const operations = availableOperations(supergraph, hubOperations);
  const trusted = config.trustedDocuments;
  const trustedDocuments = trusted ? loadTrustedDocuments(trusted.path) : undefined;
  const { limits } = config;
  const omit = new Set<BenchOmittable>([...(config.unsafeBenchOmit ?? []), ...(config.unsafeSecurityOff ? (['auth', 'limits', 'errors'] as const) : [])]);
  if (omit.size && config.production) throw new Error('unsafeSecurityOff and unsafeBenchOmit are for benchmarks only and refused in production');
  // Signed, timed and retried per call in the transport (upstream/hub-transport.ts): a query is
  // read-only, so a failed call is tried again; a mutation is never sent twice.
  const transport = hubTransport({
    secrets: config.signingSecrets,
    subgraphOfUrl: (url) => byUrl.get(url),
    timeoutMs: (subgraph) => (omit.has('timeout') ? undefined : (config.subgraphTimeoutsMs[subgraph as SubgraphName] ?? config.upstreamTimeoutMs)),
    retries: omit.has('retry') ? 0 : config.upstreamRetries,
    retryDelayMs: config.upstreamRetryDelayMs,
  });
  // A caller's abort signal collects one listener per subgraph call in flight for it (a fan-out
  // has several); removed when each call ends, so the default warning at 10 would be noise.
  setMaxListeners(10_000);
  const log = gatewayLogger(config.logLevel, config.logFormat);
  return createGatewayRuntime({
    supergraph,
    // Every caller gets a request of their own (no in-flight deduplication): the caller's identity
    // is signed into each request, and an answer is released to, and audited for, that caller only.
    transports: { http: transport },
    ...(config.queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    // /readiness is ours (usePartnerReadiness); the runtime's own check only says the supergraph loaded.
    readinessCheckEndpoint: '/_runtime/readiness',
    landingPage: false,
    graphiql: { title: 'Kassel transition hub', defaultQuery: exampleQuery },
    renderGraphiQL: graphiqlPage(operations, GRAPHQL_PATH),
    logging: log,
    graphqlEndpoint: GRAPHQL_PATH,
    // A batch would multiply every limit below by its length; useNoBatching says so clearly.
    batching: false,
    disableIntrospection: introspectionPolicy(config.production),
    // Unreachable partners are named, every other unexpected fault is reduced to one message.
    ...(omit.has('errors') ? {} : { maskedErrors: { maskError: maskHubError, errorMessage: INTERNAL_ERROR_MESSAGE, isDev: false } }),
    // Order matters: the limits read the caller from the token useHubAuth has verified, and the
    // cheapest checks come first (rate, batch, size, tokens, then depth/aliases and cost).
    plugins: () => [
      ...(omit.has('readiness') ? [] : [usePartnerReadiness(byUrl, config.readinessTimeoutMs)]),
      ...(omit.has('metrics') ? [] : [useGatewayMetrics(log)]),
      ...(config.tracing ? [useGatewayTracing(log)] : []),
      useMonitoringPage(monitoringPage({ graphqlPath: GRAPHQL_PATH, operations })),
      ...(devJwks ? [useDevJwks(devJwks)] : []),
      omit.has('auth') ? useUnverifiedIdentity(knownPartners(config.subgraphs)) : useHubAuth({ jwt, graphqlPath: GRAPHQL_PATH, publicPaths: ['/healthcheck', '/readiness', METRICS_PATH, DEV_JWKS_PATH, MONITORING_PATH] }),
      ...(omit.has('limits') ? [] : limitPlugins()),
      ...(omit.has('errors') ? [] : [useErrorCodes(), useErrorFormatting({ production: config.production })]),
    ],
  });

  function limitPlugins() {
    return [
      useRateLimit({
        ...limits.rateLimit,
        graphqlPath: GRAPHQL_PATH,
        shared: sharedBuckets,
        onSharedFailure: (err) => log.warn(`shared rate limit unavailable, counting in this replica: ${err.message}`),
      }),
      useNoBatching(),
      ...(trusted && trustedDocuments ? [useTrustedDocuments({ documents: trustedDocuments, onlyForRoles: trusted.onlyForRoles })] : []),
      useDocumentSizeLimit(limits.maxDocumentBytes),
      useStrictRequestBody({ graphqlPath: GRAPHQL_PATH, maxBytes: limits.maxRequestBytes }),
      useTokenLimit(limits.maxTokens),
      useParseGuard(),
      useShapeLimits(limits),
      useSchemaScopes(),
      useCostLimit(limits),
    ];
  }
}

/** Serves the gateway over HTTP; `stop` lets in-flight requests finish first. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const { settings, devJwks } = await loadJwtSettings(config);
  const rate = config.limits.rateLimit;
  const shared = rate.databaseUrl ? new SharedTokenBuckets(rate.databaseUrl, { ratePerSecond: rate.perSecond, burst: rate.burst }) : undefined;
  await shared?.ready();
  const runtime = createGateway(config, settings, devJwks, shared);
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
      await shared?.close();
    },
  };
}
