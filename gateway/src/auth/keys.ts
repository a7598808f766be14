import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import type { GatewayConfig } from '../config';
import { DEV_KID_PREFIX } from './dev-keys';
import { localKeys, remoteKeys, type JwtSettings } from './jwt';

/**
 * Loads the keys that caller tokens are checked against. In production the identity provider's
 * JWKS is fetched once at start: the gateway refuses to start if it cannot, or if a development
 * key is among them.
 */
export async function loadJwtSettings(config: GatewayConfig): Promise<{ settings: JwtSettings; devJwks?: JSONWebKeySet }> {
  const { issuer, audience, jwksFile, jwksUrl } = config.auth;
  if (jwksFile) {
    const devJwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as JSONWebKeySet;
    return { settings: { issuer, audience, keys: localKeys(devJwks) }, devJwks };
  }
  if (config.production) {
    const res = await fetch(jwksUrl!);
    if (!res.ok) throw new Error(`cannot load the JWKS from ${jwksUrl}: HTTP ${res.status}`);
    const jwks = (await res.json()) as JSONWebKeySet;
    if (jwks.keys.some((k) => k.kid?.startsWith(DEV_KID_PREFIX))) {
      throw new Error('the JWKS contains a development key; refusing to start in production');
    }
  }
  return { settings: { issuer, audience, keys: remoteKeys(jwksUrl!) } };
}
