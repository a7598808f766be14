import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signRequest } from '@kassel-hub/kit';
import type { HubContext } from './auth.plugin';

/**
 * Signs every upstream request with the secret of the subgraph it goes to, covering the body, the
 * forwarded identity, a timestamp and a nonce (see kit/src/auth/signature.ts).
 */
export function useUpstreamSigning(secrets: Record<string, string>, subgraphOfUrl: (url: string) => string | undefined): GatewayPlugin<HubContext> {
  return {
    onFetch({ url, options, setOptions, context, endResponse }) {
      const subgraph = subgraphOfUrl(url);
      const identity = (context as HubContext | undefined)?.identity;
      const secret = subgraph ? secrets[subgraph] : undefined;
      if (!subgraph || !secret || !identity || typeof options.body !== 'string') {
        // Never send an unsigned request upstream; the subgraph would refuse it anyway.
        return endResponse(new Response(JSON.stringify({ errors: [{ message: 'upstream request could not be signed' }] }), { status: 500 }));
      }
      const headers = new Headers(options.headers as HeadersInit);
      for (const [k, v] of Object.entries(signRequest(secret, subgraph, identity, options.body))) headers.set(k, v);
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
