import { existsSync, readFileSync } from 'node:fs';
import { calculateJwkThumbprint, type JSONWebKeySet, type JWK, type JWTVerifyGetKey, type RemoteJWKSet } from 'jose';
import { DEV_KID_PREFIX } from './dev-keys';
import { AuthError } from './jwt';

/**
 * Production must never trust this checkout's development key, whatever the identity provider
 * calls it: a key id is a label anyone can choose, so keys are compared by material (RFC 7638
 * thumbprint, which covers only the public key's required members).
 */

/** Thumbprints of the public keys in the development JWKS at `path`; none if there is no such file. */
export async function devKeyThumbprints(path: string): Promise<Set<string>> {
  if (!existsSync(path)) return new Set();
  const jwks = JSON.parse(readFileSync(path, 'utf8')) as JSONWebKeySet;
  return new Set(await Promise.all((jwks.keys ?? []).map((k) => calculateJwkThumbprint(k as JWK))));
}

/**
 * The first key of `jwks` that is a development key (its kid, or `(no kid)`), or null: its material
 * is one of `devThumbprints`, or its kid carries the development prefix (the keys of other
 * checkouts, which this one cannot know by material).
 */
export async function findDevKey(jwks: JSONWebKeySet | undefined, devThumbprints: ReadonlySet<string>): Promise<string | null> {
  for (const key of jwks?.keys ?? []) {
    if (key.kid?.startsWith(DEV_KID_PREFIX)) return key.kid;
    if (devThumbprints.size === 0) continue;
    // A member the thumbprint cannot be computed from (an unknown kty) is no key of ours either.
    const thumbprint = await calculateJwkThumbprint(key as JWK).catch(() => null);
    if (thumbprint !== null && devThumbprints.has(thumbprint)) return key.kid ?? '(no kid)';
  }
  return null;
}

/**
 * The identity provider's remote key set, refusing every token while the set it last fetched holds
 * a development key: the start-up check alone would miss a key published later, which the remote
 * set picks up on its next refresh (an unknown kid, or the cache running out).
 */
export function refusingDevKeys(remote: RemoteJWKSet, devThumbprints: ReadonlySet<string>): JWTVerifyGetKey {
  // jwks() returns a fresh clone each time, so the verdict is memoised on the set's text.
  let judged: { text: string; devKid: string | null } | undefined;
  return async (header, token) => {
    const key = await remote(header, token);
    const jwks = remote.jwks();
    const text = JSON.stringify(jwks ?? null);
    if (judged?.text !== text) judged = { text, devKid: await findDevKey(jwks, devThumbprints) };
    if (judged.devKid !== null) {
      throw new AuthError('TOKEN_KEY_REFUSED', 'the identity provider publishes a development key; no token is accepted until it is withdrawn');
    }
    return key;
  };
}
