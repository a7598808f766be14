import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config';
import { loadJwtSettings } from './keys';
import { DEV_KID_PREFIX } from './dev-keys';

const secrets = Object.fromEntries(['MUNICIPALITY', 'SCHOOLS', 'EMPLOYMENT', 'CHAMBERS'].map((p) => [`${p}_SIGNING_SECRET`, 's'.repeat(32)]));
const production = { ...secrets, NODE_ENV: 'production', AUTH_ISSUER: 'https://login.example/realms/hub', AUTH_AUDIENCE: 'hub' };

/** Serves a JWKS on loopback, as an identity provider would. */
async function serveJwks(kid: string): Promise<{ url: string; close(): void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', kid, alg: 'ES256' }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`, close: () => server.close() };
}

describe('production refuses the development key', () => {
  it('a gateway configured with the local dev JWKS file does not start in production', () => {
    expect(() => loadGatewayConfig({ ...production, AUTH_JWKS_FILE: '.data/dev-jwt/jwks.json' })).toThrow(/AUTH_JWKS_FILE/);
  });

  it('a production gateway without issuer and audience does not start', () => {
    expect(() => loadGatewayConfig({ ...secrets, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://login.example/certs' })).toThrow(/AUTH_ISSUER/);
  });

  it('an identity provider whose JWKS contains a development key is refused at start', async () => {
    const idp = await serveJwks(`${DEV_KID_PREFIX}abc`);
    try {
      const config = loadGatewayConfig({ ...production, AUTH_JWKS_URL: idp.url });
      await expect(loadJwtSettings(config)).rejects.toThrow(/development key/);
    } finally {
      idp.close();
    }
  });

  it("the city's own keys are accepted", async () => {
    const idp = await serveJwks('city-key-2026');
    try {
      const { settings } = await loadJwtSettings(loadGatewayConfig({ ...production, AUTH_JWKS_URL: idp.url }));
      expect(settings.issuer).toBe('https://login.example/realms/hub');
    } finally {
      idp.close();
    }
  });
});
