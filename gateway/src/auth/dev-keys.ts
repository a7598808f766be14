import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/**
 * The development signing key: made once per checkout (in `.data/dev-jwt/`), never committed.
 * Its key id starts with DEV_KID_PREFIX, which the gateway refuses in production.
 */
export const DEV_KID_PREFIX = 'hub-dev-';
export const DEV_ISSUER = 'http://localhost:4000/dev-idp';
export const DEV_AUDIENCE = 'kassel-transition-hub';

export interface DevKeys {
  privateJwk: JWK;
  jwks: { keys: JWK[] };
  jwksPath: string;
}

export async function loadOrCreateDevKeys(dir: string): Promise<DevKeys> {
  const privatePath = join(dir, 'private.jwk.json');
  const jwksPath = join(dir, 'jwks.json');
  if (!existsSync(privatePath) || !existsSync(jwksPath)) {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = `${DEV_KID_PREFIX}${randomBytes(6).toString('hex')}`;
    const priv = { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
    const pub = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    mkdirSync(dir, { recursive: true });
    writeFileSync(privatePath, JSON.stringify(priv, null, 2), { mode: 0o600 });
    writeFileSync(jwksPath, JSON.stringify({ keys: [pub] }, null, 2));
  }
  return {
    privateJwk: JSON.parse(readFileSync(privatePath, 'utf8')),
    jwks: JSON.parse(readFileSync(jwksPath, 'utf8')),
    jwksPath,
  };
}

export interface TokenClaims {
  sub: string;
  partner: string;
  roles: string[];
}

/** Signs a development token with the dev key, as the city's identity provider would. */
export async function mintDevToken(
  privateJwk: JWK,
  claims: TokenClaims,
  opts: { ttlSeconds?: number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  return new SignJWT({ partner: claims.partner, roles: claims.roles })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(opts.issuer ?? DEV_ISSUER)
    .setAudience(opts.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (opts.ttlSeconds ?? 8 * 3600))
    .sign(key);
}
