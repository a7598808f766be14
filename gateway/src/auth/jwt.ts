import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { isPartner, isRole, type Identity, type Role } from '@kassel-hub/kit';
import { TokenCache } from './token-cache';

/** Algorithms accepted for caller tokens; everything else (HS*, `none`) is refused outright. */
export const ALGORITHMS = ['RS256', 'ES256'];

export interface JwtSettings {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

export const localKeys = (jwks: JSONWebKeySet): JWTVerifyGetKey => createLocalJWKSet(jwks);
export const remoteKeys = (url: string): JWTVerifyGetKey => createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000 });

export class AuthError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller as a token names them; purpose and case come with each request. */
export type TokenIdentity = Omit<Identity, 'purpose' | 'caseRef'>;

/**
 * A token verifier with a `TokenCache` in front: a token verified in the last minute (and not
 * expired since) is not verified again. Refusals are never cached, so a bad token costs a check
 * every time.
 */
export function cachedTokenVerifier(s: JwtSettings, cache = new TokenCache<TokenIdentity>()) {
  return async (token: string): Promise<TokenIdentity> => {
    const hit = cache.get(token);
    if (hit) return hit;
    const { identity, exp } = await verifyTokenClaims(token, s);
    cache.set(token, identity, exp);
    return identity;
  };
}

/** Verifies a bearer token and maps its claims to the caller's identity (without purpose yet) and its expiry. */
async function verifyTokenClaims(token: string, s: JwtSettings): Promise<{ identity: TokenIdentity; exp?: number }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, s.keys, { issuer: s.issuer, audience: s.audience, algorithms: ALGORITHMS, clockTolerance: 5 }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new AuthError('TOKEN_EXPIRED', 'the token has expired');
    if (err instanceof errors.JWTClaimValidationFailed) throw new AuthError('TOKEN_CLAIMS_INVALID', `the token's ${err.claim} claim is not accepted`);
    if (err instanceof errors.JOSEAlgNotAllowed) throw new AuthError('TOKEN_ALGORITHM_REFUSED', 'the token is not signed with RS256 or ES256');
    if (err instanceof errors.JWKSNoMatchingKey) throw new AuthError('TOKEN_KEY_UNKNOWN', 'the token is signed by a key the hub does not trust');
    if (err instanceof errors.JWSSignatureVerificationFailed) throw new AuthError('TOKEN_SIGNATURE_INVALID', 'the token signature is invalid');
    throw new AuthError('TOKEN_INVALID', 'the token is malformed');
  }
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  if (typeof payload.sub !== 'string' || !payload.sub) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token has no subject');
  if (!isPartner(payload.partner)) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token names no known partner');
  if (roles.length === 0 || !roles.every(isRole)) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token names no known role');
  return { identity: { sub: payload.sub, partner: payload.partner, roles: roles as Role[] }, exp: payload.exp };
}
