import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey, type RemoteJWKSet } from 'jose';
import { isRole, MAX_SUBJECT_LENGTH, type Identity, type Role } from '@kassel-hub/protocol';
import { isKnownPartner } from './partners';
import { TokenCache } from './token-cache';

/** Algorithms accepted for caller tokens; everything else (HS*, `none`) is refused outright. */
export const ALGORITHMS = ['RS256', 'ES256'];

/** Seconds of clock difference between the identity provider and the gateway that are forgiven. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface JwtSettings {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  /** Oldest accepted `iat`, and longest accepted lifetime `exp - iat`, in seconds. */
  maxTokenAgeSeconds: number;
  /** The partners a token may name (`knownPartners`: the supergraph's subgraphs and coordination). */
  partners: ReadonlySet<string>;
}

export const localKeys = (jwks: JSONWebKeySet): JWTVerifyGetKey => createLocalJWKSet(jwks);
export const remoteKeys = (url: string): RemoteJWKSet => createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000 });

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
 * A token verifier with a `TokenCache` in front: a token verified in the last minute (and neither
 * expired nor grown too old since) is not verified again. Refusals are never cached, so a bad
 * token costs a check every time.
 */
export function cachedTokenVerifier(s: JwtSettings, cache = new TokenCache<TokenIdentity>()) {
  return async (token: string): Promise<TokenIdentity> => {
    const hit = cache.get(token);
    if (hit) return hit;
    const { identity, usableUntil } = await verifyTokenClaims(token, s);
    cache.set(token, identity, usableUntil);
    return identity;
  };
}

/**
 * Verifies a bearer token and maps its claims to the caller's identity (without purpose yet) and
 * the time until which it may be reused. `exp` and `iat` are required and the token may be no older, and live no longer, than
 * `maxTokenAgeSeconds`: a token that never expires, or was minted to last for months, would open
 * the hub for as long as it leaks.
 */
async function verifyTokenClaims(token: string, s: JwtSettings): Promise<{ identity: TokenIdentity; usableUntil: number }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, s.keys, {
      issuer: s.issuer,
      audience: s.audience,
      algorithms: ALGORITHMS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
      maxTokenAge: s.maxTokenAgeSeconds,
    }));
  } catch (err) {
    throw refusal(err, s.maxTokenAgeSeconds);
  }
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  if (payload.exp! - payload.iat! > s.maxTokenAgeSeconds) {
    throw new AuthError('TOKEN_LIFETIME_TOO_LONG', `the token is valid for longer than the ${s.maxTokenAgeSeconds} s the hub accepts`);
  }
  if (typeof payload.sub !== 'string' || !payload.sub) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token has no subject');
  // The subgraphs refuse a forwarded identity with a longer user id; refused here, it is named.
  if (payload.sub.length > MAX_SUBJECT_LENGTH) throw new AuthError('TOKEN_SUBJECT_TOO_LONG', `the token's sub is longer than ${MAX_SUBJECT_LENGTH} characters`);
  if (!isKnownPartner(s.partners, payload.partner)) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token names no known partner');
  if (roles.length === 0 || !roles.every(isRole)) throw new AuthError('TOKEN_CLAIMS_INVALID', 'the token names no known role');
  // Remembered no longer than it would pass again: neither past its exp nor past its maximum age.
  const usableUntil = Math.min(payload.exp!, payload.iat! + s.maxTokenAgeSeconds);
  return { identity: { sub: payload.sub, partner: payload.partner, roles: roles as Role[] }, usableUntil };
}

/** Maps a failed verification to the refusal the client sees. */
function refusal(err: unknown, maxTokenAgeSeconds: number): AuthError {
  // Raised by the key resolver itself (a development key in production's JWKS).
  if (err instanceof AuthError) return err;
  if (err instanceof errors.JWTExpired) {
    return err.claim === 'iat'
      ? new AuthError('TOKEN_TOO_OLD', `the token was issued more than ${maxTokenAgeSeconds} s ago`)
      : new AuthError('TOKEN_EXPIRED', 'the token has expired');
  }
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'exp' && err.reason === 'missing') return new AuthError('TOKEN_EXPIRY_REQUIRED', 'the token has no exp claim; the hub accepts only tokens that expire');
    if (err.claim === 'iat' && err.reason === 'missing') return new AuthError('TOKEN_ISSUED_AT_REQUIRED', 'the token has no iat claim; the hub needs it to bound the token\'s age');
    return new AuthError('TOKEN_CLAIMS_INVALID', `the token's ${err.claim} claim is not accepted`);
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return new AuthError('TOKEN_ALGORITHM_REFUSED', 'the token is not signed with RS256 or ES256');
  if (err instanceof errors.JWKSNoMatchingKey) return new AuthError('TOKEN_KEY_UNKNOWN', 'the token is signed by a key the hub does not trust');
  if (err instanceof errors.JWSSignatureVerificationFailed) return new AuthError('TOKEN_SIGNATURE_INVALID', 'the token signature is invalid');
  return new AuthError('TOKEN_INVALID', 'the token is malformed');
}
