import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { isPostgresUrl, isProductionEnv, isRole, MIN_SIGNING_SECRET_LENGTH, resolveSecretFiles, SIGNING_SECRET_RULE, type Role } from '@kassel-hub/protocol';
import { DEV_AUDIENCE, DEV_ISSUER } from './auth/dev-keys';
import { composedSubgraphNames } from './supergraph';

/** A partner subgraph, by its name in the supergraph's `@join__graph`. */
export type SubgraphName = string;

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphPath: string;
  /** The subgraphs the supergraph is composed of: the partners the gateway knows. */
  subgraphs: SubgraphName[];
  /** Subgraph URLs that replace the ones composed into the supergraph (per deployment). */
  subgraphUrls: Record<SubgraphName, string>;
  /** Per-subgraph request timeout; a hanging partner never hangs the whole answer. */
  upstreamTimeoutMs: number;
  /** Timeouts of single subgraphs that override `upstreamTimeoutMs` (e.g. a slow partner). */
  subgraphTimeoutsMs: Record<SubgraphName, number>;
  /** Retries of a failed subgraph call, for queries only (a mutation is never sent twice). */
  upstreamRetries: number;
  upstreamRetryDelayMs: number;
  /** How long `/readiness` waits for each partner's `/ready`. */
  readinessTimeoutMs: number;
  queryPlanner: 'rust' | 'js';
  production: boolean;
  /** Where spans go (an OpenTelemetry collector's OTLP/HTTP base URL); unset: no tracing. */
  tracesEndpoint?: string;
  /** Whether the gateway makes spans (set with tracesEndpoint; tests set it with their own exporter). */
  tracing: boolean;
  auth: {
    issuer: string;
    audience: string;
    /** The identity provider's JWKS endpoint (production, e.g. Keycloak). */
    jwksUrl?: string;
    /** A local JWKS file (development: the dev key made by `npm run token`). */
    jwksFile?: string;
    /**
     * Oldest a token may be, in seconds: its `iat` no further back, and its lifetime (`exp - iat`)
     * no longer. Both claims are required, so a leaked token opens the hub for this long at most.
     */
    maxTokenAgeSeconds: number;
    /**
     * Where this checkout keeps its development JWKS (`npm run token`, `npm start`). In production
     * no key of the identity provider may equal one of these, compared by key material.
     */
    devJwksPath: string;
  };
  /** One HMAC secret per subgraph, shared with that subgraph only. */
  signingSecrets: Record<SubgraphName, string>;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** `json`: one object a line, for a log collector. */
  logFormat: 'text' | 'json';
  /** What one request, and one client, may ask of the hub (see gateway/src/limits/). */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxDocumentBytes: number;
    /** The whole POST body (query and variables), checked before it is parsed. */
    maxRequestBytes: number;
    /** With `databaseUrl`, every replica shares the callers' buckets (see limits/shared-buckets.ts). */
    rateLimit: { perSecond: number; burst: number; databaseUrl?: string };
  };
  /** Trusted-documents mode: off unless a file of registered operations is given. */
  trustedDocuments?: { path: string; onlyForRoles: Role[] };
  /**
   * Benchmark only (bench/): no token check, no limits, no error trimming, so that their cost can
   * be measured. Never read from the environment; refused in production. Upstream requests are
   * still signed, because the subgraphs refuse anything unsigned.
   */
  unsafeSecurityOff?: boolean;
  /**
   * Benchmark only (bench/), like `unsafeSecurityOff`: parts of the gateway left out one at a time,
   * so that the bench can attribute the gateway's CPU to each. Never read from the environment;
   * refused in production.
   */
  unsafeBenchOmit?: readonly BenchOmittable[];
}

/**
 * What a benchmark may leave out: the token check (`auth`, the identity then read unverified), the
 * request limits and scope checks (`limits`), error codes and trimming (`errors`), the Prometheus
 * plugin (`metrics`), the partner readiness plugin (`readiness`), the transport's per-call timeout
 * and query retries (`timeout`, `retry`). Signing stays: the subgraphs refuse anything unsigned.
 */
export const BENCH_OMITTABLE = ['auth', 'limits', 'errors', 'metrics', 'readiness', 'timeout', 'retry'] as const;
export type BenchOmittable = (typeof BENCH_OMITTABLE)[number];

/** The default of AUTH_MAX_TOKEN_AGE_SECONDS; `npm run token` mints no token that outlives it. */
export const MAX_TOKEN_AGE_DEFAULT_SECONDS = 12 * 3600;

const url = z.string().url();
const signingSecret = z.string().min(MIN_SIGNING_SECRET_LENGTH, SIGNING_SECRET_RULE);
const postgresUrl = url.refine(isPostgresUrl, 'must be a postgres:// URL');
const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(resolve(__dirname, '../../schema/supergraph.graphql')),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  UPSTREAM_RETRY_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(100),
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1000),
  QUERY_PLANNER: z.enum(['rust', 'js']).default('rust'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  NODE_ENV: z.string().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWKS_URL: url.optional(),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  // 12 hours: a working day's session of a partner system or a GraphiQL user (dev tokens last 8 h).
  AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(MAX_TOKEN_AGE_DEFAULT_SECONDS),
  HUB_DATA_DIR: z.string().min(1).default(join(resolve(__dirname, '../..'), '.data')),
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(1).max(1000).default(12),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).max(100_000).default(30),
  GATEWAY_MAX_TOKENS: z.coerce.number().int().min(10).max(1_000_000).default(3000),
  GATEWAY_MAX_COST: z.coerce.number().int().min(1).default(5000),
  GATEWAY_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(100).max(10_000_000).default(50 * 1024),
  GATEWAY_MAX_REQUEST_BYTES: z.coerce.number().int().min(1000).max(100_000_000).default(1_000_000),
  GATEWAY_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().max(1_000_000).default(20),
  GATEWAY_RATE_LIMIT_DATABASE_URL: postgresUrl.optional(),
  GATEWAY_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(40),
  GATEWAY_TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR: z
    .string()
    .default('system')
    .transform((v) => v.split(',').map((r) => r.trim()).filter(Boolean))
    .refine((roles) => roles.length > 0 && roles.every(isRole), 'a comma-separated list of roles (caseworker, analyst, system, admin)'),
});

/** What the gateway reads of each composed subgraph, by the subgraph's name: `SCHOOLS_URL`, … */
const subgraphKeys = (name: SubgraphName) => {
  const prefix = name.toUpperCase();
  return { url: `${prefix}_URL`, timeout: `${prefix}_TIMEOUT_MS`, secret: `${prefix}_SIGNING_SECRET` };
};
const subgraphSchema = (names: readonly SubgraphName[]) =>
  z.object(
    Object.fromEntries(
      names.flatMap((n) => {
        const k = subgraphKeys(n);
        return [
          [k.url, url.optional()],
          [k.timeout, z.coerce.number().int().min(100).max(120_000).optional()],
          // Checked below, so that a missing one is named with its own code.
          [k.secret, z.string().optional()],
        ];
      }),
    ),
  );

/** Every variable the gateway reads for a supergraph of these subgraphs (checked against the deployment files by a test). */
export function gatewayEnvKeys(subgraphs: readonly SubgraphName[]): string[] {
  return [...Object.keys(schema.shape), ...subgraphs.flatMap((n) => Object.values(subgraphKeys(n)))];
}

export type GatewayConfigErrorCode = 'CONFIG_INVALID' | 'SUBGRAPH_SECRET_MISSING' | 'SUPERGRAPH_UNREADABLE';

/** The gateway refuses to start; `code` says why, the message lists every problem. */
export class GatewayConfigError extends Error {
  constructor(
    readonly code: GatewayConfigErrorCode,
    readonly problems: readonly string[],
  ) {
    super(`${code}: invalid configuration for gateway:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The subgraphs a supergraph file is composed of. */
function supergraphSubgraphs(path: string): SubgraphName[] {
  let names: SubgraphName[];
  try {
    names = composedSubgraphNames(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GatewayConfigError('SUPERGRAPH_UNREADABLE', [`SUPERGRAPH_PATH: cannot read a supergraph from ${path} (${(err as Error).message})`]);
  }
  if (!names.length) throw new GatewayConfigError('SUPERGRAPH_UNREADABLE', [`SUPERGRAPH_PATH: ${path} composes no subgraph (no @join__graph)`]);
  return names;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const base = resolveSecretFiles(env, Object.keys(schema.shape));
  const parsed = schema.safeParse(base.env);
  if (base.issues.length || !parsed.success) {
    const issues = [...base.issues, ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))];
    throw new GatewayConfigError('CONFIG_INVALID', issues);
  }
  const e = parsed.data;
  // The partners are those the supergraph is composed of; each needs its own signing secret.
  const subgraphs = supergraphSubgraphs(e.SUPERGRAPH_PATH);
  const files = resolveSecretFiles(env, gatewayEnvKeys(subgraphs));
  const perSubgraph = subgraphSchema(subgraphs).safeParse(files.env);
  if (files.issues.length || !perSubgraph.success) {
    const issues = [...files.issues, ...(perSubgraph.success ? [] : perSubgraph.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))];
    throw new GatewayConfigError('CONFIG_INVALID', issues);
  }
  const sub = perSubgraph.data as Record<string, string | number | undefined>;
  const missing = subgraphs.map((n) => subgraphKeys(n).secret).filter((k) => sub[k] === undefined || sub[k] === '');
  if (missing.length) {
    throw new GatewayConfigError(
      'SUBGRAPH_SECRET_MISSING',
      missing.map((k) => `${k}: required (or ${k}_FILE): the supergraph composes this subgraph, and every request to it is signed`),
    );
  }
  const weak = subgraphs.map((n) => subgraphKeys(n).secret).flatMap((k) => {
    const r = signingSecret.safeParse(sub[k]);
    return r.success ? [] : [`${k}: ${r.error.issues[0]!.message}`];
  });
  if (weak.length) throw new GatewayConfigError('CONFIG_INVALID', weak);
  const bySubgraph = <T>(key: 'url' | 'timeout' | 'secret') =>
    Object.fromEntries(subgraphs.flatMap((n) => (sub[subgraphKeys(n)[key]] === undefined ? [] : [[n, sub[subgraphKeys(n)[key]] as T]])));
  const production = isProductionEnv(e.NODE_ENV);
  const problems: string[] = [];
  if (!e.AUTH_JWKS_URL && !e.AUTH_JWKS_FILE) problems.push('AUTH_JWKS_URL or AUTH_JWKS_FILE: one is required');
  if (production && e.AUTH_JWKS_FILE) problems.push('AUTH_JWKS_FILE: the local development key is refused in production; set AUTH_JWKS_URL');
  if (production && (!e.AUTH_ISSUER || !e.AUTH_AUDIENCE)) problems.push('AUTH_ISSUER and AUTH_AUDIENCE: required in production');
  if (env.GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR !== undefined && !e.GATEWAY_TRUSTED_DOCUMENTS) {
    problems.push('GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR: has no effect without GATEWAY_TRUSTED_DOCUMENTS');
  }
  if (problems.length) throw new GatewayConfigError('CONFIG_INVALID', problems);
  return {
    host: e.HOST,
    port: e.PORT,
    supergraphPath: e.SUPERGRAPH_PATH,
    subgraphs,
    subgraphUrls: bySubgraph<string>('url'),
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    subgraphTimeoutsMs: bySubgraph<number>('timeout'),
    upstreamRetries: e.UPSTREAM_RETRIES,
    upstreamRetryDelayMs: e.UPSTREAM_RETRY_DELAY_MS,
    readinessTimeoutMs: e.READINESS_TIMEOUT_MS,
    queryPlanner: e.QUERY_PLANNER,
    production,
    ...(e.OTEL_EXPORTER_OTLP_ENDPOINT ? { tracesEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
    tracing: Boolean(e.OTEL_EXPORTER_OTLP_ENDPOINT),
    auth: {
      issuer: e.AUTH_ISSUER ?? DEV_ISSUER,
      audience: e.AUTH_AUDIENCE ?? DEV_AUDIENCE,
      jwksUrl: e.AUTH_JWKS_URL,
      jwksFile: e.AUTH_JWKS_FILE,
      maxTokenAgeSeconds: e.AUTH_MAX_TOKEN_AGE_SECONDS,
      devJwksPath: join(resolve(e.HUB_DATA_DIR), 'dev-jwt', 'jwks.json'),
    },
    signingSecrets: bySubgraph<string>('secret'),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    limits: {
      maxDepth: e.GATEWAY_MAX_DEPTH,
      maxAliases: e.GATEWAY_MAX_ALIASES,
      maxTokens: e.GATEWAY_MAX_TOKENS,
      maxCost: e.GATEWAY_MAX_COST,
      maxDocumentBytes: e.GATEWAY_MAX_DOCUMENT_BYTES,
      maxRequestBytes: e.GATEWAY_MAX_REQUEST_BYTES,
      rateLimit: {
        perSecond: e.GATEWAY_RATE_LIMIT_PER_SECOND,
        burst: e.GATEWAY_RATE_LIMIT_BURST,
        ...(e.GATEWAY_RATE_LIMIT_DATABASE_URL ? { databaseUrl: e.GATEWAY_RATE_LIMIT_DATABASE_URL } : {}),
      },
    },
    trustedDocuments: e.GATEWAY_TRUSTED_DOCUMENTS
      ? { path: resolve(e.GATEWAY_TRUSTED_DOCUMENTS), onlyForRoles: e.GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR as Role[] }
      : undefined,
  };
}
