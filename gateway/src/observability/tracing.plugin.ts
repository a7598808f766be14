import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@graphql-hive/logger';

/**
 * The gateway's OpenTelemetry spans through the runtime's own plugin: the HTTP request, the
 * operation's phases and each subgraph call. A trace the caller sends is not continued (a partner
 * system should not decide where the hub's spans go), and the context goes upstream in the signed
 * `traceparent` (hubTransport), not by the plugin. Where the spans are exported is set up once
 * per process (`setupTracing`); the document's text stays out of them (it may hold pseudonyms).
 */
export function useGatewayTracing(log: Logger): GatewayPlugin {
  return useOpenTelemetry({
    log,
    inheritContext: false,
    propagateContext: false,
    traces: { spans: { graphqlParse: false, graphqlValidate: false } },
  }) as unknown as GatewayPlugin;
}
