import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';
import { testSigningSecrets } from './test-env';
import type { JwtSettings } from './auth/jwt';

const secrets = testSigningSecrets();
const production = loadGatewayConfig({ ...secrets, NODE_ENV: 'production', AUTH_ISSUER: 'https://login.example/realms/hub', AUTH_AUDIENCE: 'hub', AUTH_JWKS_URL: 'https://login.example/certs' });
const jwt = {} as JwtSettings;

describe('the benchmark switches exist in code only and never in production', () => {
  it('a production gateway asked to leave out any part for a benchmark does not start', () => {
    for (const part of ['auth', 'limits', 'errors', 'metrics', 'readiness', 'timeout', 'retry'] as const) {
      expect(() => createGateway({ ...production, unsafeBenchOmit: [part] }, jwt), part).toThrow(/refused in production/);
    }
  });

  it('a production gateway with its security switched off for a benchmark does not start', () => {
    expect(() => createGateway({ ...production, unsafeSecurityOff: true }, jwt)).toThrow(/refused in production/);
  });
});
