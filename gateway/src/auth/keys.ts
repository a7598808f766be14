import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import type { GatewayConfig } from '../config';
import { devKeyThumbprints, findDevKey, refusingDevKeys } from './dev-key-guard';
import { localKeys, remoteKeys, type JwtSettings } from './jwt';
import { knownPartners } from './partners';

/**
 * Loads the keys that caller tokens are checked against. In production the identity provider's
 * JWKS is fetched once at start: the gateway refuses to start if it cannot, or if this checkout's
 * development key is among them (by key material, whatever its kid; a kid with the development
 * prefix is refused as well). Later refreshes of the set are judged again, per token.
 */
export async function loadJwtSettings(config: GatewayConfig): Promise<{ settings: JwtSettings; devJwks?: JSONWebKeySet }> {
  const { issuer, audience, jwksFile, jwksUrl, maxTokenAgeSeconds, devJwksPath } = config.auth;
  const base = { issuer, audience, maxTokenAgeSeconds, partners: knownPartners(config.subgraphs) };
  if (jwksFile) {
    const devJwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as JSONWebKeySet;
    return { settings: { ...base, keys: localKeys(devJwks) }, devJwks };
  }
  if (!config.production) return { settings: { ...base, keys: remoteKeys(jwksUrl!) } };

  const devThumbprints = await devKeyThumbprints(devJwksPath);
  const res = await fetch(jwksUrl!);
  if (!res.ok) throw new Error(`cannot load the JWKS from ${jwksUrl}: HTTP ${res.status}`);
  const jwks = (await res.json()) as JSONWebKeySet;
  const devKid = await findDevKey(jwks, devThumbprints);
  if (devKid !== null) {
    throw new Error(`the JWKS contains a development key (kid ${devKid}); refusing to start in production`);
  }
  return { settings: { ...base, keys: refusingDevKeys(remoteKeys(jwksUrl!), devThumbprints) } };
}
