import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { propagation, type Context } from '@opentelemetry/api';
import { signRequest } from '@kassel-hub/protocol';
import type { HubContext } from './auth.plugin';

/**
 * Signs every upstream request with the secret of the subgraph it goes to, covering the body, the
 * forwarded identity, a timestamp and a nonce (see protocol/src/signature.ts), as a plugin for a
 * runtime on its own HTTP transport (the bench's bare runtime). The hub's gateway signs in its
 * transport instead (upstream/hub-transport.ts), over the bytes it sends.
 */
export function useUpstreamSigning(secrets: Record<string, string>, subgraphOfUrl: (url: string) => string | undefined): GatewayPlugin<HubContext> {
  return {
    onFetch({ url, options, setOptions, context, executionRequest, endResponse }) {
      const subgraph = subgraphOfUrl(url);
      const identity = (context as HubContext | undefined)?.identity;
      const secret = subgraph ? secrets[subgraph] : undefined;
      if (!subgraph || !secret || !identity || typeof options.body !== 'string') {
        // Never send an unsigned request upstream; the subgraph would refuse it anyway.
        return endResponse(new Response(JSON.stringify({ errors: [{ message: 'upstream request could not be signed' }] }), { status: 500 }));
      }
      // Names lower-cased, so that the signature headers replace any of the same name in another case.
      const headers: Record<string, string> = {};
      for (const [k, v] of headerEntries(options.headers)) headers[k.toLowerCase()] = v;
      Object.assign(headers, signRequest(secret, subgraph, identity, options.body, Date.now(), traceparentOf(context, executionRequest)));
      setOptions({ ...options, headers });
    },
  };
}

/** The runtime passes a plain object; anything else a fetch accepts is read through `Headers`. */
function headerEntries(h: unknown): Iterable<[string, string]> {
  if (!h) return [];
  if (h instanceof Headers || Array.isArray(h)) return new Headers(h as HeadersInit).entries();
  return Object.entries(h as Record<string, string>);
}

/**
 * The W3C trace context of this subgraph call when the gateway traces (`useGatewayTracing`), so that
 * it is signed with the request; empty otherwise. The tracing plugin's own propagation is off: it
 * would add the header after signing, where the subgraph could not trust it.
 */
export function traceparentOf(context: unknown, executionRequest: unknown): string {
  const otel = (context as { openTelemetry?: { getActiveContext(p: { context: unknown; executionRequest?: unknown }): Context } } | undefined)?.openTelemetry;
  if (!otel) return '';
  const carrier: Record<string, string> = {};
  propagation.inject(otel.getActiveContext({ context, executionRequest }), carrier);
  return carrier.traceparent ?? '';
}
