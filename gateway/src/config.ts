import { resolve } from 'node:path';
import { z } from 'zod';

/** The partner subgraphs the supergraph is composed of (their names in `@join__graph`). */
export const SUBGRAPHS = ['municipality', 'schools', 'employment', 'chambers'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphPath: string;
  /** Subgraph URLs that replace the ones composed into the supergraph (per deployment). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Per-subgraph request timeout; a hanging partner never hangs the whole answer. */
  upstreamTimeoutMs: number;
  queryPlanner: 'rust' | 'js';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const url = z.string().url();
const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(resolve(__dirname, '../../schema/supergraph.graphql')),
  MUNICIPALITY_URL: url.optional(),
  SCHOOLS_URL: url.optional(),
  EMPLOYMENT_URL: url.optional(),
  CHAMBERS_URL: url.optional(),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  QUERY_PLANNER: z.enum(['rust', 'js']).default('rust'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** Every variable the gateway reads (checked against the deployment files by a test). */
export const GATEWAY_ENV_KEYS = Object.keys(schema.shape);

export class GatewayConfigError extends Error {}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new GatewayConfigError(`invalid configuration for gateway:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    supergraphPath: e.SUPERGRAPH_PATH,
    subgraphUrls: {
      municipality: e.MUNICIPALITY_URL,
      schools: e.SCHOOLS_URL,
      employment: e.EMPLOYMENT_URL,
      chambers: e.CHAMBERS_URL,
    },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    queryPlanner: e.QUERY_PLANNER,
    logLevel: e.LOG_LEVEL,
  };
}
