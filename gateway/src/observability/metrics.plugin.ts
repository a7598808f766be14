import usePrometheus, { createCounter } from '@graphql-mesh/plugin-prometheus';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@graphql-hive/logger';
import { Registry } from 'prom-client';

/** Where Prometheus scrapes the gateway (public like `/healthcheck`; no person data in it). */
export const METRICS_PATH = '/metrics';

/**
 * The gateway's Prometheus metrics through the runtime's own plugin: requests and their duration,
 * errors by phase and code, and each upstream call by subgraph (duration and errors). A registry per
 * gateway, since tests run several in one process. Labels carry operation names and types, codes
 * and subgraph names only: request and response headers stay out (they hold tokens and
 * identities), and so do error paths, whose list indices would make a series per person asked for.
 */
export function useGatewayMetrics(log: Logger): GatewayPlugin {
  const registry = new Registry();
  return usePrometheus({
    log,
    registry,
    endpoint: METRICS_PATH,
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Errors in responses, by phase and code', labelNames: ['phase', 'code', 'operationType'] },
        fillLabelsFn: (params) => ({
          phase: params.errorPhase ?? 'execute',
          code: String(params.error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          operationType: params.operationType ?? 'unknown',
        }),
      }),
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
      // Subgraph calls go through the hub's own transport (upstream/hub-transport.ts), not the
      // runtime's fetch; each call's duration is the subgraph execute duration above.
      graphql_gateway_fetch_duration: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_request_time_summary: false,
    },
    labels: { subgraphName: true, fetchRequestHeaders: false, fetchResponseHeaders: false },
  });
}
