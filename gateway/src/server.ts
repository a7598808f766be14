import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { getOperationAST } from 'graphql';
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
import { useUpstreamSigning } from './auth/signing.plugin';
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
  const signing = useUpstreamSigning(config.signingSecrets, (url) => byUrl.get(url));
  // Each subgraph call adds an abort listener to its executor's long-lived dispose signal, which the
  // runtime removes only once garbage collection has taken the call's own signal; between
  // collections the count follows the calls made (about 65 after a few fan-outs of 50). No leak
  // (the soak test watches memory), so the warning is raised far above that instead of per request.
  setMaxListeners(10_000);
  const log = gatewayLogger(config.logLevel, config.logFormat);
  return createGatewayRuntime({
    supergraph,
    // Without an explicit transport every upstream call fails with an opaque "Unexpected error".
    transports: { http: httpTransport },
    // The HTTP executor merges identical in-flight subgraph queries (same URL and body) into one
    // fetch, and the caller's identity is only added to it afterwards (useUpstreamSigning): two
    // callers asking the same at the same moment would share one answer released to, and audited
    // for, only the first of them. Every caller gets a request of their own.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    ...(config.queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    upstreamTimeout: omit.has('timeout') ? undefined : ({ subgraphName }) => config.subgraphTimeoutsMs[subgraphName?.toLowerCase() as SubgraphName] ?? config.upstreamTimeoutMs,
    // A query is read-only, so a failed call is tried again; a mutation is never sent twice.
    upstreamRetry: omit.has('retry')
      ? undefined
      : ({ executionRequest }) => {
          const kind = executionRequest.operationType ?? getOperationAST(executionRequest.document)?.operation;
          return kind === 'query' && config.upstreamRetries > 0 ? { maxRetries: config.upstreamRetries, retryDelay: config.upstreamRetryDelayMs } : undefined;
        },
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
      signing,
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
