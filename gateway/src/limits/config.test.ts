import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config';
import { testSigningSecrets } from '../test-env';

const base = { AUTH_JWKS_FILE: 'jwks.json', ...testSigningSecrets() };

describe('limits configuration', () => {
  it('has the documented defaults and no trusted-documents mode', () => {
    const c = loadGatewayConfig(base);
    expect(c.limits).toEqual({ maxDepth: 12, maxAliases: 30, maxTokens: 3000, maxCost: 5000, maxDocumentBytes: 51_200, maxRequestBytes: 1_000_000, rateLimit: { perSecond: 20, burst: 40 } });
    expect(c.trustedDocuments).toBeUndefined();
  });

  it('reads every limit from the environment', () => {
    const c = loadGatewayConfig({
      ...base,
      GATEWAY_MAX_DEPTH: '5',
      GATEWAY_MAX_ALIASES: '2',
      GATEWAY_MAX_TOKENS: '100',
      GATEWAY_MAX_COST: '50',
      GATEWAY_MAX_DOCUMENT_BYTES: '1000',
      GATEWAY_MAX_REQUEST_BYTES: '20000',
      GATEWAY_RATE_LIMIT_PER_SECOND: '0.5',
      GATEWAY_RATE_LIMIT_BURST: '3',
      GATEWAY_TRUSTED_DOCUMENTS: 'docs.json',
      GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR: 'system, analyst',
    });
    expect(c.limits).toEqual({ maxDepth: 5, maxAliases: 2, maxTokens: 100, maxCost: 50, maxDocumentBytes: 1000, maxRequestBytes: 20_000, rateLimit: { perSecond: 0.5, burst: 3 } });
    expect(c.trustedDocuments).toEqual({ path: expect.stringMatching(/\/docs\.json$/), onlyForRoles: ['system', 'analyst'] });
  });

  it('refuses restricted roles without a documents file: the setting would silently do nothing', () => {
    expect(() => loadGatewayConfig({ ...base, GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR: 'system' })).toThrow(/has no effect without GATEWAY_TRUSTED_DOCUMENTS/);
  });

  it('refuses an unknown role and a nonsensical limit, naming the variable', () => {
    expect(() => loadGatewayConfig({ ...base, GATEWAY_TRUSTED_DOCUMENTS: 'docs.json', GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR: 'robot' })).toThrow(/GATEWAY_TRUSTED_DOCUMENTS_ONLY_FOR/);
    expect(() => loadGatewayConfig({ ...base, GATEWAY_MAX_DEPTH: '0' })).toThrow(/GATEWAY_MAX_DEPTH/);
    expect(() => loadGatewayConfig({ ...base, GATEWAY_RATE_LIMIT_BURST: 'lots' })).toThrow(/GATEWAY_RATE_LIMIT_BURST/);
  });
});
