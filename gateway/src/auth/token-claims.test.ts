import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { MAX_SUBJECT_LENGTH } from '@kassel-hub/protocol';
import { MAX_TOKEN_AGE_DEFAULT_SECONDS } from '../config';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composedSubgraphNames } from '../supergraph';
import { mintDevToken } from './dev-keys';
import { knownPartners } from './partners';
import { AuthError, cachedTokenVerifier, localKeys } from './jwt';

const ISSUER = 'https://login.example/realms/hub';
const AUDIENCE = 'hub';
const MAX_AGE = 3600;
/** The partners of the committed supergraph, as the gateway knows them at start. */
const PARTNERS = knownPartners(composedSubgraphNames(readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8')));

/** An identity provider's key, and a verifier that trusts it with a one-hour maximum token age. */
async function provider() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = 'city-key-2026';
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
  const keys = localKeys({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256' }] });
  const verify = cachedTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys, maxTokenAgeSeconds: MAX_AGE, partners: PARTNERS });
  const now = Math.floor(Date.now() / 1000);
  /** Signs exactly the claims given (no defaults for exp or iat). */
  const sign = (claims: JWTPayload) =>
    new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'city-caseworker-7', partner: 'municipality', roles: ['caseworker'], ...claims })
      .setProtectedHeader({ alg: 'ES256', kid })
      .sign(privateKey);
  return { verify, sign, now, privateJwk };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthError);
  return (err as AuthError).code;
}

describe('token claims the gateway insists on', () => {
  it('a token with exp and iat within the maximum age is accepted', async () => {
    const idp = await provider();
    await expect(idp.verify(await idp.sign({ iat: idp.now, exp: idp.now + 600 }))).resolves.toMatchObject({ sub: 'city-caseworker-7', partner: 'municipality' });
  });

  it('a token that never expires (no exp) is refused with TOKEN_EXPIRY_REQUIRED', async () => {
    const idp = await provider();
    expect(await refusal(idp.verify(await idp.sign({ iat: idp.now })))).toBe('TOKEN_EXPIRY_REQUIRED');
  });

  it('a token without iat, whose age cannot be told, is refused with TOKEN_ISSUED_AT_REQUIRED', async () => {
    const idp = await provider();
    expect(await refusal(idp.verify(await idp.sign({ exp: idp.now + 600 })))).toBe('TOKEN_ISSUED_AT_REQUIRED');
  });

  it('a still unexpired token issued longer ago than the maximum age is refused with TOKEN_TOO_OLD', async () => {
    const idp = await provider();
    expect(await refusal(idp.verify(await idp.sign({ iat: idp.now - MAX_AGE - 60, exp: idp.now + 60 })))).toBe('TOKEN_TOO_OLD');
  });

  it('a fresh token minted to live longer than the maximum age is refused with TOKEN_LIFETIME_TOO_LONG', async () => {
    const idp = await provider();
    expect(await refusal(idp.verify(await idp.sign({ iat: idp.now, exp: idp.now + 365 * 24 * 3600 })))).toBe('TOKEN_LIFETIME_TOO_LONG');
  });

  it('a token issued in the future is refused', async () => {
    const idp = await provider();
    expect(await refusal(idp.verify(await idp.sign({ iat: idp.now + 600, exp: idp.now + 1200 })))).toBe('TOKEN_CLAIMS_INVALID');
  });

  it(`a sub longer than the ${MAX_SUBJECT_LENGTH} characters the subgraphs accept is refused at the gateway with TOKEN_SUBJECT_TOO_LONG`, async () => {
    const idp = await provider();
    const claims = { iat: idp.now, exp: idp.now + 600 };
    await expect(idp.verify(await idp.sign({ ...claims, sub: 'u'.repeat(MAX_SUBJECT_LENGTH) }))).resolves.toMatchObject({ partner: 'municipality' });
    expect(await refusal(idp.verify(await idp.sign({ ...claims, sub: 'u'.repeat(MAX_SUBJECT_LENGTH + 1) })))).toBe('TOKEN_SUBJECT_TOO_LONG');
  });

  it('development tokens (npm run token) carry exp and iat and pass with the default maximum age', async () => {
    const idp = await provider();
    const { d: _private, ...publicJwk } = idp.privateJwk;
    const verify = cachedTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: localKeys({ keys: [publicJwk] }),
      maxTokenAgeSeconds: MAX_TOKEN_AGE_DEFAULT_SECONDS,
      partners: PARTNERS,
    });
    const token = await mintDevToken(idp.privateJwk, { sub: 'coordination-analyst', partner: 'coordination', roles: ['analyst'] }, { issuer: ISSUER, audience: AUDIENCE });
    await expect(verify(token)).resolves.toMatchObject({ partner: 'coordination', roles: ['analyst'] });
  });
});
