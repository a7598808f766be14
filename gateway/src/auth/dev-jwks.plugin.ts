import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { JSONWebKeySet } from 'jose';

export const DEV_JWKS_PATH = '/.well-known/jwks.json';

/** In development the gateway publishes the dev key's JWKS, as an identity provider would. */
export function useDevJwks(jwks: JSONWebKeySet): GatewayPlugin {
  const body = JSON.stringify(jwks);
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname === DEV_JWKS_PATH) endResponse(new Response(body, { headers: { 'content-type': 'application/json' } }));
    },
  };
}
