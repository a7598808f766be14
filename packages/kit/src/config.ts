import { z } from 'zod';
import type { LogFormat, LogLevel } from './logger';
import { isPostgresUrl, MIN_SIGNING_SECRET_LENGTH, resolveSecretFiles, SIGNING_SECRET_RULE } from '@kassel-hub/protocol';

/** Raised when the environment does not describe a runnable service; names every bad variable. */
export class ConfigError extends Error {
  constructor(service: string, issues: string[]) {
    super(`invalid configuration for ${service}:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const port = z.coerce.number().int().min(0).max(65535);
const logLevel = z.enum(['debug', 'info', 'warn', 'error', 'silent']);
const logFormat = z.enum(['text', 'json']);
/** At least 256 bits of entropy as text; a short secret would make forged signatures guessable. */
const signingSecret = z.string().min(MIN_SIGNING_SECRET_LENGTH, SIGNING_SECRET_RULE);
const postgresUrl = z
  .string()
  .url()
  .refine(isPostgresUrl, 'must be a postgres:// URL');

/** The variable names of an object schema, also under refinements. */
export function envKeys(schema: z.ZodTypeAny): string[] {
  if (schema instanceof z.ZodEffects) return envKeys(schema.innerType());
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * Parses `env` with `schema`, turning every zod issue into one readable line. Any variable may
 * instead be given as a file, `<NAME>_FILE` (see `resolveSecretFiles`).
 */
export function readEnv<S extends z.ZodTypeAny>(service: string, schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const files = resolveSecretFiles(env, envKeys(schema));
  const parsed = schema.safeParse(files.env);
  const issues = [...files.issues, ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`))];
  if (issues.length || !parsed.success) throw new ConfigError(service, issues);
  return parsed.data;
}

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databaseUrl: string;
  /**
   * The database owner's URL, when it is another role than `databaseUrl`'s: migrations run as the
   * owner, which then grants the subgraph's role what it needs (the audit trail append-only).
   */
  ownerDatabaseUrl?: string;
  /** `auto` loads generated data into an empty database; `off` never seeds (production). */
  seed: 'auto' | 'off';
  scale: number;
  dataSeed: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** An OpenTelemetry collector's OTLP/HTTP base URL; unset: no tracing. */
  tracesEndpoint?: string;
  /** Connection pool size per subgraph process. */
  poolMax: number;
  /** Shared with the gateway only: every request must carry its HMAC signature. */
  signingSecret: string;
}

const subgraphEnv = (defaultPort: number) =>
  z.object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(defaultPort),
    DATABASE_URL: postgresUrl,
    OWNER_DATABASE_URL: postgresUrl.optional(),
    HUB_SEED: z.enum(['auto', 'off']).default('off'),
    HUB_SCALE: z.coerce.number().positive().max(100).default(1),
    HUB_DATA_SEED: z.coerce.number().int().default(2014),
    LOG_LEVEL: logLevel.default('info'),
    LOG_FORMAT: logFormat.default('text'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    HUB_SIGNING_SECRET: signingSecret,
  });

/** Reads one subgraph's configuration from the environment (see `.env.example`). */
export function loadSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const e = readEnv(
    name,
    subgraphEnv(defaultPort).refine((v) => !v.OWNER_DATABASE_URL || new URL(v.OWNER_DATABASE_URL).username !== new URL(v.DATABASE_URL).username, {
      message: "must name another role than DATABASE_URL: the owner grants the subgraph's role its access",
      path: ['OWNER_DATABASE_URL'],
    }),
    env,
  );
  return {
    name,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    ...(e.OWNER_DATABASE_URL ? { ownerDatabaseUrl: e.OWNER_DATABASE_URL } : {}),
    seed: e.HUB_SEED,
    scale: e.HUB_SCALE,
    dataSeed: e.HUB_DATA_SEED,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    ...(e.OTEL_EXPORTER_OTLP_ENDPOINT ? { tracesEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
    poolMax: e.DB_POOL_MAX,
    signingSecret: e.HUB_SIGNING_SECRET,
  };
}

export const envSchemas = { port, logLevel, logFormat, postgresUrl, signingSecret };

/** Every variable a subgraph reads (checked against the deployment files by a test). */
export const SUBGRAPH_ENV_KEYS = Object.keys(subgraphEnv(0).shape);
