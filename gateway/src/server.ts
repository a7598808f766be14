import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GraphQLError, getOperationAST, type ExecutionResult, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { decodeJwt } from 'jose';
import { isPartner, isPurpose, isRole, type Identity } from '@kassel-hub/kit';
import type { GatewayConfig, SubgraphName } from './config';
import { graphiqlPage } from './graphiql';
import { exampleQuery } from './example';
import { hubOperations } from './monitoring/operations';
import { availableOperations } from './monitoring/availability';
import { MONITORING_PATH, monitoringPage, useMonitoringPage } from './monitoring/page';
import { printSupergraph, subgraphUrls, withSubgraphUrls } from './supergraph';
import { PURPOSE_HEADER, useHubAuth, type HubContext } from './auth/auth.plugin';
import { useSchemaScopes } from './auth/scopes.plugin';
import { useUpstreamSigning } from './auth/signing.plugin';
import { loadJwtSettings } from './auth/keys';
import { gatewayLogger } from './logging';
import { INTERNAL_ERROR_MESSAGE, maskHubError, useErrorFormatting } from './errors';
import { isOriginalGraphQLError } from './errors/mask-error';
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
  // GraphiQL's tabs and the monitoring page offer the example reports this supergraph can answer.
  const operations = availableOperations(supergraph, hubOperations);
  const trusted = config.trustedDocuments;
  const trustedDocuments = trusted ? loadTrustedDocuments(trusted.path) : undefined;
  const { limits } = config;
  if (config.unsafeSecurityOff && config.production) throw new Error('unsafeSecurityOff is for benchmarks only and refused in production');
  const signing = useUpstreamSigning(config.signingSecrets, (url) => byUrl.get(url));
  // Each subgraph call adds an abort listener to its executor's long-lived dispose signal, which the
  // runtime removes only once garbage collection has taken the call's own signal; between
  // collections the count follows the calls made (about 65 after a few fan-outs of 50). No leak
  // (the soak test watches memory), so the warning is raised far above that instead of per request.
  setMaxListeners(10_000);
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
    upstreamTimeout: ({ subgraphName }) => config.subgraphTimeoutsMs[subgraphName?.toLowerCase() as SubgraphName] ?? config.upstreamTimeoutMs,
    // A query is read-only, so a failed call is tried again; a mutation is never sent twice.
    upstreamRetry: ({ executionRequest }) => {
      const kind = executionRequest.operationType ?? getOperationAST(executionRequest.document)?.operation;
      return kind === 'query' && config.upstreamRetries > 0 ? { maxRetries: config.upstreamRetries, retryDelay: config.upstreamRetryDelayMs } : undefined;
    },
    // /readiness is ours (usePartnerReadiness); the runtime's own check only says the supergraph loaded.
    readinessCheckEndpoint: '/_runtime/readiness',
    landingPage: false,
    graphiql: { title: 'Kassel transition hub', defaultQuery: exampleQuery },
    renderGraphiQL: graphiqlPage(operations, GRAPHQL_PATH),
    logging: gatewayLogger(config.logLevel),
    graphqlEndpoint: GRAPHQL_PATH,
    // A batch would multiply every limit below by its length; useNoBatching says so clearly.
    batching: false,
    disableIntrospection: introspectionPolicy(config.production),
    // Unreachable partners are named, every other unexpected fault is reduced to one message.
    maskedErrors: { maskError: maskHubError, errorMessage: INTERNAL_ERROR_MESSAGE, isDev: false },
    // Order matters: the limits read the caller from the token useHubAuth has verified, and the
    // cheapest checks come first (rate, batch, size, tokens, then depth/aliases and cost).
    plugins: () => [
      usePartnerReadiness(byUrl, config.readinessTimeoutMs),
      useMonitoringPage(monitoringPage({ graphqlPath: GRAPHQL_PATH, operations })),
      ...(devJwks ? [serveDevJwks(devJwks)] : []),
      ...(config.unsafeSecurityOff ? [useUnverifiedIdentity(), signing] : securedPlugins()),
    ],
  });

  function securedPlugins() {
    return [
      useHubAuth({ jwt, graphqlPath: GRAPHQL_PATH, publicPaths: ['/healthcheck', '/readiness', DEV_JWKS_PATH, MONITORING_PATH] }),
      useRateLimit({ ...limits.rateLimit, graphqlPath: GRAPHQL_PATH }),
      useNoBatching(),
      ...(trusted && trustedDocuments ? [useTrustedDocuments({ documents: trustedDocuments, onlyForRoles: trusted.onlyForRoles })] : []),
      useDocumentSizeLimit(limits.maxDocumentBytes),
      useStrictRequestBody(limits.maxRequestBytes),
      useTokenLimit(limits.maxTokens),
      useParseGuard(),
      useShapeLimits(limits),
      useSchemaScopes(),
      useCostLimit(limits),
      useErrorCodes(),
      useErrorFormatting({ production: config.production }),
      signing,
    ];
  }
}

/**
 * Readiness names each partner: 200 when every subgraph's `/ready` (its database reachable) answers
 * in time, else 503 with the status of each. `/healthcheck` stays plain liveness: a partner being
 * down must not get the gateway restarted, since it still answers with the others' data.
 */
function usePartnerReadiness(byUrl: Map<string, string>, timeoutMs: number) {
  const probe = async (url: string) => {
    try {
      const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
      await res.body?.cancel();
      return res.ok ? 'up' : 'down';
    } catch {
      return 'down';
    }
  };
  return {
    async onRequest({ url, endResponse }: { url: URL; endResponse(r: Response): void }) {
      if (url.pathname !== '/readiness') return;
      const entries = await Promise.all([...byUrl].map(async ([u, name]) => [name, await probe(u)] as const));
      const partners = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
      const ready = entries.every(([, s]) => s === 'up');
      const body = JSON.stringify({ status: ready ? 'ready' : 'partner unavailable', partners });
      endResponse(new Response(body, { status: ready ? 200 : 503, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}

/** A refusal before GraphQL: status and code, kept by `sanitizeError` (not from a subgraph). */
const refusal = (status: number, code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status, spec: false } } });
const refusalResponse = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * A POST body must be JSON in UTF-8 (RFC 8259) and at most `maxBytes`: other media types (forms,
 * multipart, text) get 415, larger bodies 413 before they are read, invalid UTF-8 or JSON 400.
 * Without this the runtime would accept form posts and decode broken bytes as U+FFFD.
 */
function useStrictRequestBody(maxBytes: number): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || url.pathname !== GRAPHQL_PATH) return;
      const [media, ...params] = (request.headers.get('content-type') ?? '').split(';').map((x) => x.trim().toLowerCase());
      const charset = params.find((x) => x.startsWith('charset='))?.slice(8);
      if (media !== 'application/json' || (charset && charset !== 'utf-8')) {
        return endResponse(refusalResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'send GraphQL requests as application/json in UTF-8'));
      }
      if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
        return endResponse(refusalResponse(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`));
      }
    },
    onRequestParse({ request, url, setRequestParser }) {
      if (request.method !== 'POST' || url.pathname !== GRAPHQL_PATH) return;
      setRequestParser(async (req) => {
        const bytes = await req.arrayBuffer();
        if (bytes.byteLength > maxBytes) throw refusal(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`);
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          throw refusal(400, 'INVALID_UTF8', 'the request body is not valid UTF-8');
        }
        let params: unknown;
        try {
          params = JSON.parse(text);
        } catch {
          throw refusal(400, 'BAD_REQUEST', 'the request body is not valid JSON');
        }
        // An array goes on to the batching refusal; null would crash the runtime's parameter check.
        if (typeof params !== 'object' || params === null) throw refusal(400, 'BAD_REQUEST', 'the request body must be a JSON object');
        return params as never;
      });
    },
  };
}

/**
 * graphql-js parses recursively: brackets nested a few thousand deep overflow the stack before
 * the token limit is reached. That is the client's fault (400), not an internal error (500).
 * Subscriptions are refused the same way: the hub's schema has none.
 */
function useParseGuard(): GatewayPlugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (err) {
          if (err instanceof RangeError) throw refusal(400, 'QUERY_TOO_DEEP', 'the document is nested too deeply to be parsed');
          throw err;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        OperationDefinition(node: OperationDefinitionNode) {
          if (node.operation === 'subscription') context.reportError(new GraphQLError('the hub has no subscriptions', { extensions: { code: 'OPERATION_NOT_SUPPORTED' } }));
        },
      }));
    },
  };
}

/**
 * graphql-js reports bad variable values ("Variable $p got invalid value …") without a code; the
 * hub promises a code on every error, so these become BAD_USER_INPUT.
 */
function useErrorCodes(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if (!single.errors?.some((e) => !e.extensions?.code)) return;
      setResult({
        ...single,
        errors: single.errors.map((e) =>
          e.extensions?.code
            ? e
            : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: { ...e.extensions, code: isOriginalGraphQLError(e) ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }),
        ),
      } as typeof result);
    },
  };
}

/** Benchmark only: the caller's identity read from its token without checking the signature. */
function useUnverifiedIdentity() {
  const identities = new WeakMap<Request, Identity>();
  return {
    onRequest({ request }: { request: Request }) {
      const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      const claims = token ? decodeJwt(token) : {};
      const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
      const purpose = request.headers.get(PURPOSE_HEADER);
      if (typeof claims.sub === 'string' && isPartner(claims.partner)) {
        identities.set(request, { sub: claims.sub, partner: claims.partner, roles, purpose: isPurpose(purpose) ? purpose : null, caseRef: null });
      }
    },
    onContextBuilding({ context, extendContext }: { context: { request: Request }; extendContext(c: HubContext): void }) {
      const identity = identities.get(context.request);
      if (identity) extendContext({ identity });
    },
  };
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
