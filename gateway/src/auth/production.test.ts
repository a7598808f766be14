import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { loadGatewayConfig } from '../config';
import { testSigningSecrets } from '../test-env';
import { loadJwtSettings } from './keys';
import { DEV_KID_PREFIX, loadOrCreateDevKeys, mintDevToken } from './dev-keys';
import { AuthError, cachedTokenVerifier } from './jwt';

const secrets = testSigningSecrets();
const ISSUER = 'https://login.example/realms/hub';
const AUDIENCE = 'hub';
const production = { ...secrets, NODE_ENV: 'production', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
const cityKey = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', alg: 'ES256' };

/** Serves a JWKS on loopback, as an identity provider would; `keys` is read on every fetch. */
async function serveJwks(keys: () => JWK[]): Promise<{ url: string; close(): void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: keys() }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`, close: () => server.close() };
}

/** A checkout's data directory with its development key, as `npm run token` makes it. */
const dataDirs: string[] = [];
async function checkoutWithDevKey() {
  const dir = mkdtempSync(join(tmpdir(), 'hub-dev-key-'));
  dataDirs.push(dir);
  const keys = await loadOrCreateDevKeys(join(dir, 'dev-jwt'));
  const { d: _private, ...devPublic } = keys.privateJwk;
  return { dir, keys, devPublic };
}
afterEach(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('production refuses the development key', () => {
  it('a gateway configured with the local dev JWKS file does not start in production', () => {
    expect(() => loadGatewayConfig({ ...production, AUTH_JWKS_FILE: '.data/dev-jwt/jwks.json' })).toThrow(/AUTH_JWKS_FILE/);
  });

  it('NODE_ENV counts as production whatever its case: "Production" refuses the dev JWKS file too', () => {
    for (const NODE_ENV of ['Production', 'PRODUCTION']) {
      expect(() => loadGatewayConfig({ ...production, NODE_ENV, AUTH_JWKS_FILE: '.data/dev-jwt/jwks.json' }), NODE_ENV).toThrow(/AUTH_JWKS_FILE/);
      expect(loadGatewayConfig({ ...production, NODE_ENV, AUTH_JWKS_URL: 'https://login.example/certs' }).production, NODE_ENV).toBe(true);
    }
  });

  it('a production gateway without issuer and audience does not start', () => {
    expect(() => loadGatewayConfig({ ...secrets, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://login.example/certs' })).toThrow(/AUTH_ISSUER/);
  });

  it('an identity provider whose JWKS contains a key named as a development key is refused at start', async () => {
    const idp = await serveJwks(() => [{ ...cityKey, kid: `${DEV_KID_PREFIX}abc` }]);
    try {
      const config = loadGatewayConfig({ ...production, AUTH_JWKS_URL: idp.url });
      await expect(loadJwtSettings(config)).rejects.toThrow(/development key/);
    } finally {
      idp.close();
    }
  });

  it("an identity provider publishing this checkout's development key under another kid is refused at start (key material, not name)", async () => {
    const checkout = await checkoutWithDevKey();
    const idp = await serveJwks(() => [{ ...cityKey, kid: 'city-key-2026' }, { ...checkout.devPublic, kid: 'city-key-2027' }]);
    try {
      const config = loadGatewayConfig({ ...production, AUTH_JWKS_URL: idp.url, HUB_DATA_DIR: checkout.dir });
      await expect(loadJwtSettings(config)).rejects.toThrow(/development key \(kid city-key-2027\)/);
    } finally {
      idp.close();
    }
  });

  it('a development key that appears in the JWKS on a refresh after start-up makes every token fail with TOKEN_KEY_REFUSED', async () => {
    const checkout = await checkoutWithDevKey();
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const cityPrivate = { ...(await exportJWK(privateKey)), kid: 'city-key-2026', alg: 'ES256' };
    const cityPublic = { ...(await exportJWK(publicKey)), kid: 'city-key-2026', alg: 'ES256' };
    let published: JWK[] = [cityPublic];
    const idp = await serveJwks(() => published);
    // Only the clock is faked: the key set's refetch cooldown (30 s) passes without waiting.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { settings } = await loadJwtSettings(loadGatewayConfig({ ...production, AUTH_JWKS_URL: idp.url, HUB_DATA_DIR: checkout.dir }));
      const verify = cachedTokenVerifier(settings);
      const claims = { sub: 'city-caseworker-7', partner: 'municipality', roles: ['caseworker'] };
      const mint = (jwk: JWK) => mintDevToken(jwk, claims, { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 600 });
      await expect(verify(await mint(cityPrivate))).resolves.toMatchObject({ partner: 'municipality' });

      // The provider starts publishing the dev key under a name of its own; a token with that
      // kid is unknown to the cached set, which fetches the set again once the cooldown is over.
      published = [cityPublic, { ...checkout.devPublic, kid: 'rotated-2027' }];
      vi.setSystemTime(Date.now() + 31_000);
      for (const jwk of [{ ...checkout.keys.privateJwk, kid: 'rotated-2027' }, cityPrivate]) {
        const err = await verify(await mint(jwk)).catch((e: unknown) => e);
        expect(err, jwk.kid).toBeInstanceOf(AuthError);
        expect((err as AuthError).code, jwk.kid).toBe('TOKEN_KEY_REFUSED');
      }
    } finally {
      vi.useRealTimers();
      idp.close();
    }
  });

  it("the city's own keys are accepted, and its tokens pass", async () => {
    const checkout = await checkoutWithDevKey();
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const pub = { ...(await exportJWK(publicKey)), kid: 'city-key-2026', alg: 'ES256' };
    const served = await serveJwks(() => [pub]);
    try {
      const { settings } = await loadJwtSettings(loadGatewayConfig({ ...production, AUTH_JWKS_URL: served.url, HUB_DATA_DIR: checkout.dir }));
      expect(settings.issuer).toBe(ISSUER);
      const token = await mintDevToken({ ...(await exportJWK(privateKey)), kid: 'city-key-2026' }, { sub: 'u', partner: 'schools', roles: ['system'] }, { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 600 });
      await expect(cachedTokenVerifier(settings)(token)).resolves.toMatchObject({ partner: 'schools' });
    } finally {
      served.close();
    }
  });
});
